package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.report.Region;

/**
 * Reads the headline target list of a plan section: the sentence after 主要预期目标是 (or 主要目标,
 * 发展目标), or, where no such lead-in exists, the first sentence that sets growth figures for
 * several headline indicators. Each item of the list becomes one reading per indicator it names.
 */
final class TargetGrammar {
    /** The lead-in, which a line break may cut anywhere (主要预期\n目标是：): the lexicon's lead-in words, then 是： */
    private final Pattern leadIn;
    /** The characters a lead-in opens with: the only places it is tried. */
    private final String leadInOpenings;

    /** The first item of a period's list: 地区生产总值年均增长7%, 到2025年…, 经过五年的努力. */
    private static final Pattern PERIOD_ITEM = Pattern.compile("^[^，,；;。]{0,20}?(?:年均|到20\\d\\d年|经过五年|纲要)");

    private static final Pattern HEADING = Pattern.compile("[一二三四五六七八九十]{1,2}、");
    private static final Pattern YEARS_WORK = Pattern.compile("今年|\\d{4}年(?:重点|主要)?工作|工作安排|重点工作|开局|开好局|起步|首年|第一年");
    /** A part headed as the period's goals (二、“十四五”时期的主要目标任务; （一）“十五五”发展目标), not its review. */
    private static final Pattern SUB_HEADING = Pattern.compile("[(（][一二三四五六七八九十]{1,2}[)）]");

    private static final Pattern GOALS_WORDS = Pattern.compile("目标|任务|纲要|规划|蓝图|奋斗");
    private static final Pattern REVIEW_WORDS = Pattern.compile("回顾|成就|成绩|过去|完成情况|总结");
    /** What a period's goal to reach says: a level or a rate (达到63%, 控制在5.5%以内), or an average growth. */
    private static final Pattern AVERAGE = Pattern.compile("年均");
    /** A lead-in of the plan period's goals (“十四五”时期…主要目标是, 今后五年…), not the year's. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("十[一二三四五六七八九]五|今后五年|未来五年|五年规划|到20\\d\\d年");
    /** One of which every PERIOD_WORDS match holds. */
    private static final String PERIOD_WORDS_CHARS = "五到";

    private static final String ITEM_SEPARATORS = ",;，；\n";
    /** An item line of a list that runs one item per line: 1.地区生产总值增长6%左右； (一)… ① … - … */
    private static final Pattern ITEM_LINE =
            Pattern.compile("^\\s*(?:\\d{1,2}[.、)）]|[(（]?[一二三四五六七八九十]{1,3}[)）、]|[①-⑳]|[-•·*]|——)");

    private static final int MAX_ITEM_LINE = 160;
    private static final int MIN_UNHEADED_INDICATORS = 3;

    /** A sentence that sets the period's goals without a lead-in: 提出“十四五”时期全省生产总值年均增长6%左右. */
    private static final Pattern PERIOD_GROWTH = Pattern.compile("年均(?:分别)?增长");

    private final Grammar grammar;
    private final RegionComparisons comparisons;

    TargetGrammar(Grammar grammar, List<String> leadIns) {
        this.grammar = grammar;
        this.leadIn = Pattern.compile("(?:"
                + String.join(
                        "|", leadIns.stream().map(TargetGrammar::breakable).toList())
                + ")\\n?(?:任务)?(?:和约束性指标)?(?:建议|拟|初步)?(?:是|为|如下|包括)?\\n?[:：]");
        StringBuilder openings = new StringBuilder();
        leadIns.forEach(w -> {
            if (openings.indexOf(w.substring(0, 1)) < 0) {
                openings.append(w.charAt(0));
            }
        });
        this.leadInOpenings = openings.toString();
        this.comparisons = new RegionComparisons(grammar);
    }

    /**
     * The first headed list that sets a figure for a headline indicator; a list that sets none (a
     * period's qualitative goals) gives way to the next lead-in. Without any, the unheaded list.
     */
    List<Reading> read(String text, int from, int to, Region speaker) {
        List<Reading> firstHeaded = null;
        int at = from;
        for (int[] list = headedList(text, at, to, false); list != null; list = headedList(text, at, to, false)) {
            List<Reading> readings = items(text, list, speaker, false);
            if (readings.stream()
                    .anyMatch(r -> r.value() != null && r.indicator().headline())) {
                return readings;
            }
            if (firstHeaded == null) {
                firstHeaded = readings;
            }
            at = list[1];
        }
        if (firstHeaded != null) {
            return firstHeaded;
        }
        int[] list = unheadedList(text, from, to);
        if (list != null) {
            return items(text, list, speaker, false);
        }
        list = plannedSentence(text, from, to);
        return list == null ? List.of() : items(text, list, speaker, false);
    }

    /** 今年国民生产总值计划增长百分之八; 今年的经济增长预期为7%左右: a plan that states its goal in a sentence. */
    private static final Pattern PLANNED =
            Pattern.compile("(?:今年|明年)[^。\n]{0,40}?(?:计划|预期|目标|要求)|(?:计划|预期|目标|要求)[^。\n]{0,10}?(?:今年|明年)");

    /** The first sentence of the plan that plans the year and names a headline indicator with a figure. */
    private int[] plannedSentence(String text, int from, int to) {
        for (int start = from; start < to; ) {
            int end = sentenceEnd(text, start, to);
            if (PLANNED.matcher(text).region(start, end).find()
                    && !aboutPeriod(text, start, end)
                    && grammar.mentions(text, start, end).stream()
                            .anyMatch(m -> m.indicators().get(0).headline()
                                    && !FigureScanner.scan(text, m.end(), Math.min(end, m.end() + 12))
                                            .isEmpty())) {
                return new int[] {start, end};
            }
            start = end + 1;
        }
        return null;
    }

    /**
     * The goals a plan period's list sets (“十四五”时期…主要目标是：地区生产总值年均增长6%左右…), in
     * [from, to): the first period list that sets a figure, else the first sentence about the period
     * that sets an average growth. Each reading carries {@code period}.
     */
    List<Reading> readPeriod(String text, int from, int to, Region speaker, String period) {
        List<Reading> found = new ArrayList<>();
        int at = from;
        for (int[] list = headedList(text, at, to, true); list != null; list = headedList(text, at, to, true)) {
            List<Reading> readings = items(text, list, speaker, true).stream()
                    .filter(r -> r.value() != null)
                    .toList();
            if (readings.stream().anyMatch(r -> r.indicator().headline())) {
                found.addAll(readings);
                break;
            }
            at = list[1];
        }
        // The part headed as the period's goals: its goals may stand in bullets and paragraphs of their own
        // (——经济综合实力显著增强，地区生产总值年均增长7.5%左右), under the heading rather than a lead-in.
        for (int[] part : periodParts(text, from, to)) {
            for (int start = part[0]; start < part[1]; ) {
                int end = sentenceEnd(text, start, part[1]);
                boolean average = AVERAGE.matcher(text).region(start, end).find();
                for (Reading r : items(text, new int[] {start, end}, speaker, true)) {
                    if (r.value() != null
                            && r.kind() != Fact.Kind.relative
                            && (r.kind() != Fact.Kind.growth || average)) {
                        found.add(r);
                    }
                }
                start = end + 1;
            }
        }
        if (found.isEmpty()) {
            for (int start = from; start < to; ) {
                int end = sentenceEnd(text, start, to);
                if (Clause.holdsAny(text, start, end, PERIOD_WORDS_CHARS)
                        && PERIOD_WORDS.matcher(text).region(start, end).find()
                        && PERIOD_GROWTH.matcher(text).region(start, end).find()) {
                    List<Reading> readings = items(text, new int[] {start, end}, speaker, true).stream()
                            .filter(r -> r.value() != null)
                            .toList();
                    if (!readings.isEmpty()) {
                        found.addAll(readings);
                        break;
                    }
                }
                start = end + 1;
            }
        }
        // One goal per indicator: the first, as the report lists them.
        Set<String> seen = new HashSet<>();
        return found.stream()
                .filter(r -> seen.add(r.indicator().id()))
                .map(r -> r.inPeriod(period))
                .toList();
    }

    /**
     * [start, end) of each part of [from, to) headed as the period's goals: from the line after a
     * top-level or second-level heading that names the period and its goals, to the next heading of
     * the same or a higher level.
     */
    private static List<int[]> periodParts(String text, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int partStart = -1;
        boolean partIsSub = false;
        for (int lineStart = from; lineStart < to; ) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            boolean top = HEADING.matcher(text).region(lineStart, lineEnd).lookingAt();
            boolean sub =
                    !top && SUB_HEADING.matcher(text).region(lineStart, lineEnd).lookingAt();
            if (partStart >= 0 && (top || sub && partIsSub)) {
                parts.add(new int[] {partStart, lineStart});
                partStart = -1;
            }
            if ((top || sub) && partStart < 0) {
                // A second-level heading is often a whole paragraph: its own first sentence is the heading.
                int headEnd = sub ? Math.min(lineEnd, sentenceEnd(text, lineStart, lineEnd)) : lineEnd;
                if (PERIOD_WORDS.matcher(text).region(lineStart, headEnd).find()
                        && GOALS_WORDS.matcher(text).region(lineStart, headEnd).find()
                        && !REVIEW_WORDS
                                .matcher(text)
                                .region(lineStart, headEnd)
                                .find()
                        && !YEARS_WORK.matcher(text).region(lineStart, headEnd).find()) {
                    partStart = sub ? headEnd : lineEnd;
                    partIsSub = sub;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (partStart >= 0) {
            parts.add(new int[] {partStart, to});
        }
        return parts;
    }

    private List<Reading> items(String text, int[] list, Region speaker, boolean period) {
        List<Reading> readings = new ArrayList<>();
        int itemStart = list[0];
        for (int i = list[0]; i <= list[1]; i++) {
            if (i == list[1] || ITEM_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                if (i > itemStart) {
                    readings.addAll(item(text, itemStart, i, period));
                }
                itemStart = i + 1;
            }
        }
        readings.addAll(comparisons.read(text, list[0], list[1], speaker, true));
        return readings;
    }

    /**
     * [start, end) of the list after a lead-in. The list runs on over the sentences of its line for as
     * long as each names an indicator (地区生产总值增长5.5%—6%，在实际工作中努力争取更好结果。规模以上工业…).
     * A lead-in whose own sentence is about a plan period sets no targets for the year.
     */
    private int[] headedList(String text, int from, int to, boolean period) {
        Matcher m = leadIn.matcher(text);
        // Tried only where a lead-in can open, then on from its end as find() would: run at every position
        // of the plan, the pattern was a tenth of the extraction (JFR).
        for (int at = leadInOpening(text, from, to); at >= 0; at = leadInOpening(text, at, to)) {
            if (!m.region(at, to).lookingAt()) {
                at++;
                continue;
            }
            at = m.end();
            int sentenceStart = sentenceStart(text, m.start(), from);
            int[] list = listAfter(text, m.end(), to);
            if (list == null) {
                continue;
            }
            boolean periods =
                    (PERIOD_WORDS.matcher(text).region(sentenceStart, m.start()).find()
                                    && !namesTheYear(text, sentenceStart, m.start()))
                            || periodHeading(text, sentenceStart)
                            || PERIOD_ITEM
                                    .matcher(text)
                                    .region(m.end(), Math.min(to, m.end() + 30))
                                    .find()
                            // A year's list sets no average over years: 其中地区生产总值年均增长6% is a period's.
                            || AVERAGE.matcher(text).region(list[0], list[1]).find();
            if (periods == period) {
                return list;
            }
        }
        return null;
    }

    /** [start, end) of the list after a lead-in that ends at {@code from}, or null if none follows. */
    private int[] listAfter(String text, int from, int to) {
        int end = sentenceEnd(text, from, to);
        if (end > from + 4) {
            while (end < to && text.charAt(end) == '。') {
                int next = sentenceEnd(text, end + 1, to);
                if (next <= end + 1 || grammar.mentions(text, end + 1, next).isEmpty()) {
                    break;
                }
                end = next;
            }
            return new int[] {from, end};
        }
        int listEnd = itemLines(text, from, to);
        return listEnd > from + 4 ? new int[] {from, listEnd} : null;
    }

    /** The first place in [from, to) where a lead-in word opens, or -1. */
    private int leadInOpening(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (leadInOpenings.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A sentence about a plan period (“十五五”时期…, 年均增长, 到2030年), not about the year: a period's first
     * year named as such (“十五五”开局之年), or a year named as the one planned, is the year's.
     */
    private static boolean aboutPeriod(String text, int start, int end) {
        return Clause.holdsAny(text, start, end, PERIOD_WORDS_CHARS + "均")
                && (PERIOD_WORDS.matcher(text).region(start, end).find()
                        || AVERAGE.matcher(text).region(start, end).find())
                && !namesTheYear(text, start, end);
    }

    /** Whether text[start, end) speaks of the year planned (今年, “十五五”开局之年, 建议2022年…). */
    private static boolean namesTheYear(String text, int start, int end) {
        return YEARS_WORK.matcher(text).region(start, end).find()
                || YEAR_NAMED.matcher(text).region(start, end).find();
    }

    /** A year named as the one planned (建议2022年全州经济社会发展…), not as a period's end (到2025年, 2021-2025年). */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?<![到至\\-—~])20\\d\\d年(?!以来|前|底|末|远景|的目标)");

    /** A lead-in that ends its line: the list runs over the enumerated lines that follow. */
    private static int itemLines(String text, int from, int to) {
        int at = from;
        while (at < to && (text.charAt(at) == ' ')) {
            at++;
        }
        if (at >= to || text.charAt(at) != '\n') {
            return -1;
        }
        int end = at;
        int lineStart = at + 1;
        while (lineStart < to) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            boolean item = lineEnd - lineStart <= MAX_ITEM_LINE
                    && ITEM_LINE.matcher(text).region(lineStart, lineEnd).lookingAt();
            if (!item) {
                break;
            }
            end = lineEnd;
            lineStart = lineEnd + 1;
        }
        return end;
    }

    private int[] unheadedList(String text, int from, int to) {
        int start = from;
        while (start < to) {
            int end = sentenceEnd(text, start, to);
            // A sentence about the plan period (年均, 到2025年) sets no goal for the year.
            if (aboutPeriod(text, start, end)) {
                start = end + 1;
                continue;
            }
            long headline = grammar.mentions(text, start, end).stream()
                    .filter(m -> m.indicators().get(0).headline())
                    .filter(m -> !FigureScanner.scan(text, m.end(), Math.min(end, m.end() + 12))
                            .isEmpty())
                    .count();
            if (headline >= MIN_UNHEADED_INDICATORS) {
                return new int[] {start, end};
            }
            start = end + 1;
        }
        return null;
    }

    private static String breakable(String words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words.length(); i++) {
            p.append(i > 0 ? "\\n?" : "").append(words.charAt(i));
        }
        return p.toString();
    }

    /**
     * Whether the part a lead-in stands in is headed as a plan period's (二、“十四五”时期的目标任务), and
     * not as the year's work (三、奋力开启“十四五”新征程，扎实做好2021年工作).
     */
    private static boolean periodHeading(String text, int at) {
        int lineStart = at;
        for (int lines = 0; lines < 6 && lineStart > 0; lines++) {
            int prev = text.lastIndexOf('\n', lineStart - 2) + 1;
            String line = text.substring(prev, Math.max(prev, lineStart - 1));
            if (HEADING.matcher(line).lookingAt()) {
                return PERIOD_WORDS.matcher(line).find()
                        && !YEARS_WORK.matcher(line).find();
            }
            lineStart = prev;
        }
        return false;
    }

    /** Where the sentence holding {@code at} starts: after the previous 。, line break, ! or ?. */
    static int sentenceStart(String text, int at, int floor) {
        for (int i = at - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return floor;
    }

    static int sentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '\n' || c == '!' || c == '?') {
                return i;
            }
        }
        return to;
    }

    private List<Reading> item(String text, int start, int end, boolean period) {
        List<IndicatorMention> mentions = grammar.mentions(text, start, end);
        List<Figure> figures = FigureScanner.scan(text, start, end);
        List<Reading> out = new ArrayList<>();
        int firstNamed = mentions.isEmpty() ? end : mentions.get(0).start();
        if (!period && !figures.isEmpty() && figures.get(0).start() < firstNamed) {
            // 人口自然增长率控制在8‰以内: a goal for an indicator the lexicon does not know.
            out.addAll(grammar.openReadings(text, start, firstNamed, figures));
        }
        if (mentions.isEmpty()) {
            return out;
        }
        String clause = text.substring(start, end);
        int consumedUntil = start;
        int chainEnd = -1;
        for (int i = 0; i < mentions.size(); i++) {
            IndicatorMention m = mentions.get(i);
            if (m.start() < consumedUntil) {
                continue;
            }
            int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : end;
            List<Figure> own = grammar.figuresOf(text, m, limit, figures, period);
            if (own.isEmpty() && i > chainEnd && figures.size() > 0) {
                // 城镇登记失业率、城镇调查失业率控制在4.5%以内、6.5%以内: the figures follow the last name.
                // The chain is found once, so that a long list of names stays linear.
                chainEnd = Grammar.lastJoined(text, mentions, i);
                if (chainEnd > i) {
                    int groupLimit = chainEnd + 1 < mentions.size()
                            ? mentions.get(chainEnd + 1).start()
                            : end;
                    List<Figure> shared = grammar.figuresOf(text, mentions.get(chainEnd), groupLimit, figures, period);
                    if (!shared.isEmpty()) {
                        out.addAll(grammar.readings(text, Grammar.joined(text, mentions, i, chainEnd), shared));
                        consumedUntil = shared.get(shared.size() - 1).end();
                        i = chainEnd;
                        continue;
                    }
                }
            }
            if (!own.isEmpty()) {
                out.addAll(grammar.readings(text, m, own));
                consumedUntil = own.get(own.size() - 1).end();
            } else {
                List<Reading> figureless = grammar.figureless(clause, start, m, figures.isEmpty());
                out.addAll(figureless);
                for (Reading r : figureless) {
                    if (r.kind() == Fact.Kind.relative) {
                        consumedUntil = Math.max(consumedUntil, r.end());
                    }
                }
            }
        }
        return out;
    }
}
