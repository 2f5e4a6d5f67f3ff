package org.indicatortracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from a report's own text who delivered it, when, which year it plans and which it reviews,
 * and where its review and plan sections lie. Every pattern here is anchored or bounded, so the
 * regex engine cannot backtrack without limit on hostile input.
 */
public final class ReportRecognizer {
    private static final String CJK = "[\\u4e00-\\u9fa5]";
    private static final String PLACE_TEXT = "[\\u4e00-\\u9fa5\\s]{0,24}?";
    private static final String SESSION_TAIL =
            "\\s{0,3}[在于]?\\s{0,3}(" + PLACE_TEXT + ")\\s{0,3}第?" + "[一二三四五六七八九十\\d]{1,4}届\\s{0,3}(全国)?(?:人民代表大会|人大)";

    /** ——2024年2月4日在濮阳市第九届人民代表大会…, with Chinese numerals, line breaks or no 在. */
    private static final Pattern SESSION =
            Pattern.compile("(?:" + ReportDates.ARABIC + "|" + ReportDates.CHINESE + ")" + SESSION_TAIL);
    /** The same with the 年 and 月 lost: ——2023223日在义马市第十一届… */
    private static final Pattern SESSION_DAMAGED =
            Pattern.compile("(?m)^[-—─―]{0,2}" + ReportDates.DAMAGED + SESSION_TAIL);

    private static final Pattern TITLE =
            Pattern.compile("(?m)^[*\\s]{0,3}(?:(\\d{4})年度?)?(" + CJK + "{2,16}?)(?:(\\d{4})年度?)?(?:人民)?政府工作报告");
    /** The titles of a head of government, one of which ends every match of {@link #SPEAKER}. */
    private static final String[] HEAD_TITLES = {"省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "主席", "专员"};

    private static final Pattern SPEAKER = Pattern.compile(
            "(?m)^\\s{0,3}(" + CJK + "{0,20}?)(?:人民政府|政府)?(?:常务)?副?代?(" + String.join("|", HEAD_TITLES) + ")");
    private static final Pattern DELEGATE = Pattern.compile("我代表(" + CJK + "{1,16}?)(?:第[一二三四五六七八九十]{1,3}届)?(?:人民)?政府");
    private static final Pattern MASTHEAD = Pattern.compile("中共(" + CJK + "{2,16}?)委(?:员会)?主办");
    /**
     * Words without one of which a pattern cannot match (every match holds one): a text without them
     * is not searched. The session line needs both 届 and 人民代表大会 or 人大; 届 is the rarer.
     */
    private static final Map<Pattern, String[]> NEEDS = Map.of(
            TITLE, new String[] {"政府工作报告"},
            SPEAKER, HEAD_TITLES,
            MASTHEAD, new String[] {"主办"},
            SESSION, new String[] {"届"},
            SESSION_DAMAGED, new String[] {"届"});

    private static final Pattern NATIONAL = Pattern.compile("国务院总理|我受国务院委托|我代表国务院");
    private static final Pattern WHOLE = Pattern.compile("全(省|市|州|区|县|旗|盟)");
    /** 一、2020年工作和“十三五”时期发展回顾, 一、过去五年…, or an unnumbered 2019年工作回顾. */
    private static final Pattern REVIEW_HEADING = Pattern.compile(
            "(?m)^(?:(?:一|1)[、.]?\\s?[^\\n]{0,30}?回顾|(?:一|1)[、.]\\s?过去(?:一|五)年|\\d{4}年[^\\n]{0,12}?(?:工作)?回顾$)");
    /** A top-level heading after the review: where the review ends, unless it reviews too (二、“十三五”工作总结). */
    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^[二三四五六][、.][^\\n]{0,40}$");

    private static final Pattern STILL_REVIEW = Pattern.compile("回顾|总结|工作情况");
    /** The line that heads a review: 一、2020年和“十三五”工作回顾, 一、回顾2024年，…, or a short unnumbered line. */
    private static final Pattern REVIEW_LINE =
            Pattern.compile("(?m)^(?:[一1][、.]\\s?[^\\n]{0,30}?(?:回顾|完成情况)|[^\\n]{0,30}?(?:回顾|完成情况)[^\\n]{0,12}$)");
    /** 二、2018年工作, 三、2017年重点工作: a top-level heading after the review that names the plan year. */
    private static final Pattern LATER_HEADING_YEAR =
            Pattern.compile("(?m)^[二三四][、.]\\s?[^\\n\\d]{0,10}?(\\d{4})年(?!以来|远景|前)");
    /** 2018年，是贯彻…的开局之年: how a plan section opens. */
    private static final Pattern PLAN_OPENING = Pattern.compile("(?m)^[^\\n]{0,8}?(\\d{4})年[，,]?是");
    /** 十三五: a five-year plan period by its ordinal. */
    private static final Pattern PERIOD = Pattern.compile("十([一二三四五六七八九])五");
    /** 今年是“十四五”开局之年 / 收官之年: the report year within a plan period. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "(?:今年|明年)是[^。\\n]{0,30}?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:的|时期)?[^。\\n]{0,6}?(开局|起步|第一年|收官|最后一年|决胜)");
    /** How every match of {@link #PERIOD_YEAR} opens: the only places it is tried. */
    private static final String[] PERIOD_YEAR_OPENINGS = {"今年是", "明年是"};

    private static final Pattern PLAN_HEADING = Pattern.compile("(?m)^(?:二|三|2|3)[、.]\\s?(?:(\\d{4})年)?" + CJK
            + "{0,12}?(?:工作安排|总体要求|预期目标|主要目标|工作任务|重点工作|工作建议|目标任务|总体部署|总体安排|总体考虑|总体思路|目标要求|思路目标|主要指标)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!以来|来|远景|前|后|代)");
    /** The words a target list opens with (the lexicon's lead-ins): where the cue can match, so the only places it is tried. */
    private final String[] targetWords;

    private final Pattern targetCue;
    private static final Pattern QUOTED_TARGETS = Pattern.compile("(\\d{4})年" + CJK + "{0,10}?主要预期目标(?:是|为)[:：]");
    private static final Pattern LAST_YEAR_WORDS = Pattern.compile("(?m)^.{0,40}?(\\d{4})年[,，]?是");
    private static final Pattern HEADLINE_ACTUAL_HINT = Pattern.compile("(?:增长|下降)\\d");

    /** Title, session line, speaker and masthead stand at the top of a document. */
    private static final int HEAD = 3000;
    /** Where the body is searched for the names of places. */
    private static final int BODY = 40_000;

    private final Gazetteer gazetteer;

    /** @param leadIns the words that head a plan's target list (主要预期目标), which mark where the plan is */
    public ReportRecognizer(Gazetteer gazetteer, List<String> leadIns) {
        this.gazetteer = gazetteer;
        this.targetWords = leadIns.toArray(String[]::new);
        this.targetCue = Pattern.compile("(?:" + String.join("|", leadIns) + ")(?:和约束性指标)?(?:建议|拟)?(?:是|为)?[:：]");
    }

    public ReportRecognizer(List<String> leadIns) {
        this(Gazetteer.standard(), leadIns);
    }

    /** A region and a report year the publisher states; either may be null. */
    public record Known(String region, Integer year) {
        public static final Known NOTHING = new Known(null, null);
    }

    public ReportProfile recognize(String text) {
        return recognize(text, Known.NOTHING);
    }

    public ReportProfile recognize(String text, Known known) {
        String top = text.substring(0, Math.min(text.length(), HEAD));
        List<String> doubts = new ArrayList<>();
        // The session line heads a report, or closes it: （2018年1月30日省第十三届人大第一次会议审议通过）.
        Optional<Session> session = session(top).or(() -> session(text.substring(Math.max(0, text.length() - 600))));
        String selfWord = selfWord(text, top);

        Region region;
        if (known.region() != null) {
            region = gazetteer.byName(known.region()).orElse(null);
            if (region == null) {
                doubts.add("the stated region " + known.region() + " is no place the gazetteer knows");
            }
        } else {
            region = region(text, top, session, selfWord, doubts);
        }

        Matcher review = headingLine(REVIEW_HEADING, text, "一12", 0);
        int reviewStart = review != null ? review.start() : -1;
        Matcher plan = headingLine(PLAN_HEADING, text, "二三23", Math.max(0, reviewStart + 1));
        int planStart = plan != null ? plan.start() : -1;
        Matcher cue = targetCue.matcher(text);
        int cueAt = Scan.firstOpening(cue, text, Math.max(0, planStart), text.length(), targetWords)
                ? cue.start()
                : (Scan.firstOpening(cue, text, 0, text.length(), targetWords) ? cue.start() : -1);
        if (planStart < 0 && cueAt >= 0) {
            planStart = lineStart(text, cueAt);
        }

        LocalDate delivered = session.map(Session::date).orElse(null);
        Integer reportYear = known.year() != null ? known.year() : reportYear(text, top, delivered, plan, doubts);
        Integer reviewYear = reportYear == null ? null : reportYear - 1;

        boolean stated = known.region() != null && known.year() != null;
        boolean isReport = stated
                || session.isPresent()
                || firstMatch(TITLE, top) != null
                || head(text).contains("政府工作报告")
                || text.contains("各位代表")
                || (reviewStart >= 0 && planStart > reviewStart);
        DocumentKind kind;
        if (isReport && region != null && reportYear != null) {
            kind = DocumentKind.report;
        } else {
            Matcher quoted = QUOTED_TARGETS.matcher(text);
            if (region != null && quoted.find()) {
                kind = DocumentKind.quote;
                reportYear = Integer.valueOf(quoted.group(1));
                reviewYear = null;
                reviewStart = -1;
                planStart = lineStart(text, quoted.start());
            } else {
                kind = DocumentKind.unrecognised;
            }
        }

        int reviewEnd = -1;
        if (kind == DocumentKind.report) {
            if (reviewStart < 0) {
                reviewStart = firstHeadlineActual(text, planStart, reviewYear);
            }
            reviewEnd = planStart > reviewStart ? planStart : text.length();
            reviewEnd = nextTopHeading(text, reviewStart, reviewEnd);
            // No heading or cue marks the plan (## 二、保持国民经济持续快速健康发展): it is what follows the review.
            if (planStart < 0 && reviewStart >= 0 && reviewEnd < text.length()) {
                planStart = reviewEnd;
            }
            // 二、2019年经济社会发展总体思路和目标要求 … 主要预期目标是: a target list between the review and the
            // heading taken for the plan belongs to the plan.
            if (reviewEnd < planStart) {
                Matcher early = targetCue.matcher(text);
                if (Scan.firstOpening(early, text, reviewEnd, planStart, targetWords)) {
                    planStart = reviewEnd;
                }
            }
        }
        boolean truncated = kind == DocumentKind.report && (planStart < 0 || !endsCleanly(text));
        return new ReportProfile(
                kind,
                region == null ? null : gazetteer.displayName(region),
                region == null ? null : region.code(),
                region == null ? RegionLevel.unknown : region.level(),
                reportYear,
                kind == DocumentKind.report ? reviewYear : null,
                delivered,
                truncated,
                reviewStart,
                reviewEnd,
                planStart,
                planStart >= 0 ? text.length() : -1,
                doubts);
    }

    /**
     * The region, from the strongest signal that names a known place: the session line, the title, the
     * head of government's line, 我代表…人民政府, a masthead; else the place the body names most often
     * among those that fit how the report calls its own government. Signals that name another place are
     * kept as doubts.
     */
    private Region region(String text, String top, Optional<Session> session, String selfWord, List<String> doubts) {
        if (session.map(Session::national).orElse(false)) {
            return gazetteer.nation();
        }
        Map<String, String> signals = new LinkedHashMap<>();
        session.map(Session::place).ifPresent(p -> signals.put("session line", p));
        group(TITLE, top, 2).ifPresent(p -> signals.put("title", p));
        group(SPEAKER, top, 1).ifPresent(p -> signals.put("head of government", p));
        delegate(text).ifPresent(p -> signals.put("我代表", p));
        group(MASTHEAD, top, 1).ifPresent(p -> signals.put("masthead", p));
        Region chosen = null;
        String chosenBy = null;
        for (Map.Entry<String, String> s : signals.entrySet()) {
            Optional<Region> r = gazetteer.resolve(s.getValue().replaceAll("\\s", ""), selfWord);
            if (r.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = r.get();
                chosenBy = s.getKey();
            } else if (!chosen.code().equals(r.get().code())) {
                doubts.add(s.getKey() + " names " + gazetteer.displayName(r.get()) + ", " + chosenBy + " "
                        + gazetteer.displayName(chosen));
            }
        }
        if (chosen != null) {
            return chosen;
        }
        if (NATIONAL.matcher(head(text)).find()) {
            return gazetteer.nation();
        }
        return mostNamed(text, selfWord, doubts);
    }

    /** The place above county level that the body names most, if it clearly leads. */
    private Region mostNamed(String text, String selfWord, List<String> doubts) {
        List<Map.Entry<Region, Integer>> ranked = gazetteer.mentions(text, 0, BODY).entrySet().stream()
                .filter(e -> e.getKey().level() != RegionLevel.national && Gazetteer.fits(e.getKey(), selfWord))
                .sorted(Map.Entry.<Region, Integer>comparingByValue().reversed())
                .toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) {
            return null;
        }
        if (ranked.size() > 1 && ranked.get(1).getValue() * 2 > ranked.get(0).getValue()) {
            doubts.add("the body names " + ranked.get(0).getKey().name() + " "
                    + ranked.get(0).getValue() + " times and "
                    + ranked.get(1).getKey().name() + " " + ranked.get(1).getValue() + " times");
            return null;
        }
        return ranked.get(0).getKey();
    }

    /**
     * How the report calls its own government: 我代表市人民政府 → 市, the head of government's title,
     * else the most frequent 全省/全市/全州 … in the text.
     */
    private static String selfWord(String text, String top) {
        Optional<String> delegate = delegate(text);
        if (delegate.isPresent()) {
            String place = delegate.get();
            for (String w : List.of("自治区", "地区", "省", "市", "州", "盟", "区", "县", "旗")) {
                if (place.endsWith(w)) {
                    return w;
                }
            }
        }
        Matcher s = firstMatch(SPEAKER, top);
        if (s != null) {
            return switch (s.group(2)) {
                case "主席" -> "自治区";
                case "专员" -> "地区";
                default -> s.group(2).substring(0, 1);
            };
        }
        Map<String, Integer> counts = new HashMap<>();
        Matcher w = WHOLE.matcher(text.substring(0, Math.min(text.length(), BODY)));
        while (w.find()) {
            counts.merge(w.group(1), 1, Integer::sum);
        }
        String word = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        return "区".equals(word) && text.contains("自治区") ? "自治区" : word;
    }

    /**
     * The year the report plans for, strongest signal first: the delivery date (a session from November
     * on plans the next year), the title, the review heading (the year after the one it reviews), the
     * plan heading. A weaker signal that disagrees is kept as a doubt.
     */
    private static Integer reportYear(String text, String top, LocalDate delivered, Matcher plan, List<String> doubts) {
        Map<String, Integer> signals = new LinkedHashMap<>();
        if (delivered != null) {
            signals.put(
                    "delivery date", delivered.getMonthValue() >= 11 ? delivered.getYear() + 1 : delivered.getYear());
        }
        Matcher title = firstMatch(TITLE, top);
        if (title != null) {
            String y = title.group(1) != null ? title.group(1) : title.group(3);
            if (y != null) {
                signals.put("title", Integer.valueOf(y));
            }
        }
        int limit = Math.min(text.length(), BODY);
        Matcher review = REVIEW_LINE.matcher(text);
        if (Scan.firstAtAnyLineStart(review, text, 0, limit)) {
            String heading =
                    text.substring(review.start(), Math.min(lineEnd(text, review.start()), review.start() + 40));
            Optional<Integer> year = latestYear(heading);
            Matcher period = PERIOD.matcher(heading);
            if (year.isPresent()) {
                signals.put("review heading", year.get() + 1);
            } else if (period.find()) {
                // “十四五”开局之年的工作回顾 reviews the period's first year; “十三五”时期工作回顾, all of it.
                int start = periodStart(period.group(1));
                signals.put("review of a plan period", heading.matches(".*(开局|起步|第一年).*") ? start + 1 : start + 5);
            }
        }
        if (plan != null) {
            latestYear(plan.group()).ifPresent(y -> signals.put("plan heading", y));
        }
        Matcher numbered = LATER_HEADING_YEAR.matcher(text);
        if (Scan.firstAtLineStart(numbered, text, 0, limit, "二三四")) {
            signals.put("numbered heading", Integer.valueOf(numbered.group(1)));
        }
        Matcher opening = PLAN_OPENING.matcher(text);
        if (plan != null
                && opening.region(plan.start(), Math.min(text.length(), plan.start() + 2000))
                        .find()) {
            signals.put("plan's opening", Integer.valueOf(opening.group(1)));
        }
        Matcher periodYear = PERIOD_YEAR.matcher(text);
        if (Scan.firstOpening(periodYear, text, 0, limit, PERIOD_YEAR_OPENINGS)) {
            int start = periodStart(periodYear.group(1));
            if (periodYear.group(2).matches("开局|起步|第一年")) {
                signals.put("place in the plan period", start);
            } else if (periodYear.group(2).matches("收官|最后一年")) {
                signals.put("place in the plan period", start + 4);
            }
        }
        Integer chosen = null;
        String chosenBy = null;
        for (Map.Entry<String, Integer> s : signals.entrySet()) {
            if (chosen == null) {
                chosen = s.getValue();
                chosenBy = s.getKey();
            } else if (!chosen.equals(s.getValue())) {
                doubts.add(s.getKey() + " gives " + s.getValue() + ", " + chosenBy + " " + chosen);
            }
        }
        return chosen;
    }

    /** The first year of the n-th five-year plan: 十一五 began in 2006. */
    private static int periodStart(String ordinal) {
        int plan = 10 + "一二三四五六七八九".indexOf(ordinal) + 1;
        return 2006 + 5 * (plan - 11);
    }

    private static Optional<Integer> latestYear(String line) {
        Matcher y = YEAR.matcher(line);
        Integer latest = null;
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            if (v >= 1949 && v <= 2100 && (latest == null || v > latest)) {
                latest = v;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The first heading at or after {@code from} (a line start, or else the next line): only lines that
     * open with one of {@code firstChars} are tried, so the text is not scanned by the regex.
     */
    private static Matcher headingLine(Pattern heading, String text, String firstChars, int from) {
        Matcher m = heading.matcher(text);
        int lineStart = from == 0 || text.charAt(from - 1) == '\n' ? from : text.indexOf('\n', from) + 1;
        if (from > 0 && lineStart == 0) {
            return null;
        }
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (firstChars.indexOf(text.charAt(lineStart)) >= 0
                    && m.region(lineStart, lineEnd).lookingAt()) {
                return m;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /**
     * The review stops at the first top-level heading after it that does not review as well: the
     * five-year goals (二、今后五年奋斗目标) between a review and the year's plan are no review.
     */
    private static int nextTopHeading(String text, int reviewStart, int reviewEnd) {
        if (reviewStart < 0) {
            return reviewEnd;
        }
        int from = text.indexOf('\n', reviewStart);
        Matcher h = TOP_HEADING.matcher(text);
        while (from >= 0
                && from < reviewEnd
                && Scan.firstAtLineStart(h, text, from, reviewEnd, text.length(), "二三四五六")) {
            if (!STILL_REVIEW.matcher(h.group()).find()) {
                return h.start();
            }
            from = h.end();
        }
        return reviewEnd;
    }

    /**
     * Without a review heading, the review is what precedes the plan, from the first line that says
     * what the reviewed year was (2019年，是…), else from the first line that reports a growth.
     */
    private static int firstHeadlineActual(String text, int planStart, Integer reviewYear) {
        int limit = planStart >= 0 ? planStart : text.length();
        Matcher m = LAST_YEAR_WORDS.matcher(text);
        for (int from = 0; Scan.firstAtAnyLineStart(m, text, from, limit); from = m.end()) {
            if (reviewYear == null || reviewYear == Integer.parseInt(m.group(1))) {
                return m.start();
            }
        }
        Matcher hint = HEADLINE_ACTUAL_HINT.matcher(text);
        if (Scan.firstOpening(hint, text, 0, text.length(), "增长", "下降") && hint.start() < limit) {
            return lineStart(text, hint.start());
        }
        return -1;
    }

    /**
     * Whether the text's last sentence is whole. Short trailing lines are page furniture (打印, 【关闭】,
     * a date), so the last line of some length decides.
     */
    private static boolean endsCleanly(String text) {
        int end = text.length();
        while (end > 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end).strip();
            if (line.length() >= MIN_SENTENCE_LINE) {
                return "。!?！？”\")）".indexOf(line.charAt(line.length() - 1)) >= 0;
            }
            end = start - 1;
        }
        return false;
    }

    private static final int MIN_SENTENCE_LINE = 12;

    private record Session(LocalDate date, String place, boolean national) {}

    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl;
    }

    /** The place of 我代表…人民政府, which stands in the opening paragraphs. */
    private static Optional<String> delegate(String text) {
        Matcher d = DELEGATE.matcher(text);
        return Scan.firstOpening(d, text, 0, Math.min(text.length(), HEAD * 2), "我代表")
                ? Optional.of(d.group(1))
                : Optional.empty();
    }

    private static Optional<Session> session(String text) {
        Matcher m = firstMatch(SESSION, text);
        if (m != null) {
            LocalDate date = m.group(1) != null
                    ? ReportDates.of(m.group(1), m.group(2), m.group(3))
                    : ReportDates.of(m.group(4), m.group(5), m.group(6));
            return Optional.of(new Session(date, m.group(7), m.group(8) != null));
        }
        Matcher d = firstMatch(SESSION_DAMAGED, text);
        if (d != null) {
            return Optional.of(
                    new Session(ReportDates.damaged(d.group(1), d.group(2)), d.group(3), d.group(4) != null));
        }
        return Optional.empty();
    }

    private static Optional<String> group(Pattern p, String text, int g) {
        Matcher m = firstMatch(p, text);
        return m != null ? Optional.of(m.group(g)) : Optional.empty();
    }

    /** The pattern's first match in the text, or null; not searched for in a text that lacks what it {@link #NEEDS}. */
    private static Matcher firstMatch(Pattern p, String text) {
        String[] needs = NEEDS.get(p);
        if (needs != null && !Scan.containsAny(text, needs)) {
            return null;
        }
        Matcher m = p.matcher(text);
        if (p == TITLE || p == SPEAKER) {
            // Line patterns ((?m)^…): tried at line starts only.
            return Scan.firstAtAnyLineStart(m, text, 0, text.length()) ? m : null;
        }
        return m.find() ? m : null;
    }

    private static String head(String text) {
        return text.substring(0, Math.min(text.length(), 400));
    }

    static int lineStart(String text, int at) {
        int nl = text.lastIndexOf('\n', Math.max(0, at - 1));
        return nl < 0 ? 0 : nl + 1;
    }
}
