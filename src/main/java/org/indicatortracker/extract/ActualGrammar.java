package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.report.Region;

/**
 * Reads the figures a review section reports for its year. A figure counts when it follows the
 * indicator it belongs to in the same clause chain; figures for part of a year, for another year,
 * for another region or averaged over several years do not. The first figure an indicator gets is
 * kept: the summary paragraph comes before the body.
 */
final class ActualGrammar {
    private static final Pattern PART_OF_YEAR =
            Pattern.compile("\\d{1,2}[-—至到~]\\d{1,2}月|前三季度|上半年|一季度|第一季度|前两季度|\\d{1,2}月份|1至\\d{1,2}月|截至\\d{1,2}月");
    /** One of which every PART_OF_YEAR match holds (…月, …季度, 上半年): a text without is not searched. */
    private static final String PART_OF_YEAR_CHARS = "月季半";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    /** 县域经济增速高于全省经济增速0.4个百分点: the province's growth is what is compared with, not reported. */
    private static final Pattern COMPARED_WITH = Pattern.compile("(?:高于|快于|低于|跑赢|慢于)(?:全国|全省|全市|全区|全州)?$");
    /** Figures over several years: 五年实际利用外资, 连续10年保持在140亿斤, 年均增长. */
    private static final Pattern MULTI_YEAR = Pattern.compile(
            "过去五年|五年(?:来|间|累计|共)|^五年|连续[\\d一二三四五六七八九十]+个?(?:年|季度|月)|年均|平均每年" + "|(?<!全年)累计(?:下降|降低|增长|提高|减少|新增)");
    /** One of which every MULTI_YEAR match holds (五年…, 连续…, 年均, 平均每年, 累计…). */
    private static final String MULTI_YEAR_CHARS = "五连均累";

    private static final Pattern STATUS_WORDS = Pattern.compile("^(?:稳步增长|持续增长|平稳增长|较快增长|稳定增长)");
    private static final Pattern FULFILLED = Pattern.compile("完成(?:省|市|上级)?下达的$");
    private static final String CLAUSE_BREAKS = ",;:";
    /** How far a clause reaches on either side of its indicator at most. */
    private static final int MAX_CLAUSE = 160;

    /** An admission that a target was missed: 没有完成预期目标, 未能完成年度目标, 没有达到年初预期. */
    private static final Pattern SHORTFALL =
            Pattern.compile("(?:没有|未能|未)(?:完成|达到|实现)(?:年初|年度|全年)?(?:预期|计划|规划)?(?:目标|预期)");

    private static final Pattern PLAN_PERIOD = Pattern.compile("十[一二三四五六七八九]五");
    /** A paragraph that reviews a plan period: 五年来, 过去五年, “十三五”时期. */
    private static final Pattern PERIOD_REVIEW = Pattern.compile("五年来|过去五年|五年间|十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)");

    private static final Pattern AVERAGE_GROWTH = Pattern.compile("年均(?:分别)?(?:增长|提高|增加)");

    private final Grammar grammar;
    private final RegionComparisons comparisons;
    private final List<String> sentenceCues;
    private final List<String> sectionCues;

    ActualGrammar(Grammar grammar, Lexicon lexicon) {
        this.grammar = grammar;
        this.comparisons = new RegionComparisons(grammar);
        this.sentenceCues = lexicon.sentenceEstimateCues();
        this.sectionCues = lexicon.sectionEstimateCues();
    }

    /** An actual reading, with whether it was marked as an estimate. */
    record Actual(Reading reading, boolean estimate, boolean milestone) {
        Actual(Reading reading, boolean estimate) {
            this(reading, estimate, false);
        }
    }

    /**
     * @param region  the region as the report's facts name it
     * @param speaker the same region in the gazetteer (null if it has no code), for the regions it compares itself with
     */
    List<Actual> read(String text, int from, int to, int reviewYear, String region, Region speaker) {
        return read(text, from, to, reviewYear, region, speaker, List.of());
    }

    /**
     * @param open indicators the lexicon does not know that the report's own plan sets goals for: their
     *     figures in the review are read too (a verdict needs them)
     */
    List<Actual> read(
            String text, int from, int to, int reviewYear, String region, Region speaker, List<Indicator> open) {
        int estimateAllFrom = Integer.MAX_VALUE;
        for (String cue : sectionCues) {
            int at = text.indexOf(cue, from);
            if (at >= 0 && at < to) {
                estimateAllFrom = Math.min(estimateAllFrom, at);
            }
        }
        List<Actual> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Reading> admitted = new ArrayList<>();
        int start = from;
        int summaryLineEnd = -1;
        boolean marksOnly = true;
        while (start < to) {
            int end = TargetGrammar.sentenceEnd(text, start, to);
            boolean inSummary = summaryLineEnd < 0 || start < summaryLineEnd;
            int before = out.size();
            // Once the review has given an exact figure, it stays given: the check ends there.
            marksOnly = marksOnly && out.stream().allMatch(a -> isMilestone(a.reading()));
            sentence(text, start, end, reviewYear, region, estimateAllFrom, seen, out, inSummary);
            if (mayAdmitOrCompare(text, start, end) && !aboutOtherTime(text, start, end, reviewYear)) {
                // 社会消费品零售总额没有完成预期目标: the indicators named before the admission, in its clause.
                admitted.addAll(shortfalls(text, start, end));
                // 高于全省0.3个百分点: a gap the review states, kept apart from the region's own figure.
                for (Reading r : comparisons.read(text, start, end, speaker, false)) {
                    if (seen.add(r.indicator().id() + "|" + r.relativeTo())) {
                        out.add(new Actual(r, r.start() >= estimateAllFrom || estimated(text, start, r.start())));
                    }
                }
            }
            // The summary is the paragraph where the first reviewed figure stands; a paragraph of marks passed
            // alone (实现“五个突破”：生产总值突破15000亿元…) is a highlight, and the next one is the summary.
            boolean opensSummary = out.size() > before && (summaryLineEnd < 0 || (start > summaryLineEnd && marksOnly));
            if (opensSummary) {
                int nl = text.indexOf('\n', start);
                summaryLineEnd = nl < 0 || nl > to ? to : nl;
            }
            start = end + 1;
        }
        for (Indicator indicator : open) {
            Optional<Reading> figure = seen.contains(indicator.id())
                    ? Optional.empty()
                    : openFigure(text, from, to, reviewYear, region, indicator);
            if (figure.isPresent()) {
                Reading r = figure.get();
                seen.add(indicator.id());
                boolean estimate = r.start() >= estimateAllFrom
                        || estimated(text, TargetGrammar.sentenceStart(text, r.start(), from), r.start());
                out.add(new Actual(r, estimate));
            }
        }
        // An admission counts only for an indicator the review gives no figure for, wherever that stands.
        for (Reading r : admitted) {
            if (seen.add(r.indicator().id())) {
                out.add(new Actual(r, false));
            }
        }
        return out;
    }

    private void sentence(
            String text,
            int start,
            int end,
            int reviewYear,
            String region,
            int estimateAllFrom,
            Set<String> seen,
            List<Actual> out,
            boolean inSummary) {
        if (!mayReport(text, start, end)) {
            return;
        }
        List<IndicatorMention> mentions = grammar.mentions(text, start, end);
        if (mentions.isEmpty()) {
            return;
        }
        int yearsFrom = yearsFrom(text, start, end, reviewYear);
        List<Figure> figures = FigureScanner.scan(text, start, end);
        Map<Figure, Figure> respective = respectiveGrowths(text, start, end, figures);
        // The end of the current chain of joined names, found once for the chain: linear in a long list.
        int chainEnd = -1;
        for (int i = 0; i < mentions.size(); i++) {
            IndicatorMention m = mentions.get(i);
            // A clause of real text is short; a bound keeps a hostile sentence with no commas linear.
            int clauseStart = clauseStart(text, Math.max(start, m.start() - MAX_CLAUSE), m.start());
            int clauseEnd = clauseEnd(text, m.end(), Math.min(end, m.end() + MAX_CLAUSE));
            String clause = text.substring(clauseStart, clauseEnd);
            int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : end;
            if (m.start() >= yearsFrom) {
                // 由1332亿元增加到2648.5亿元、年均增长14.7%: a level that says where it went from and to still counts.
                if (PlanPeriod.ending(reviewYear).isPresent() && m.indicators().size() == 1) {
                    levelReached(text, m, Math.min(limit, clauseEnd), reviewYear)
                            .ifPresent(r -> add(text, start, List.of(r), estimateAllFrom, seen, out, inSummary));
                }
                continue;
            }
            if (excluded(text, clauseStart, m, clause, reviewYear, region)) {
                // 一季度下降5.4%，…，预计全年增长4%: the part of the year is passed, the full year is read.
                if (partOfYearOnly(text, clauseStart, m, clause, reviewYear, region)) {
                    laterGrowth(text, m, m.end(), limit, reviewYear, true, null)
                            .ifPresent(r -> add(text, start, List.of(r), estimateAllFrom, seen, out, inSummary));
                } else if (PlanPeriod.ending(reviewYear).isPresent()
                        && m.indicators().size() == 1) {
                    // 由2010年的2万亿元增加到2015年的3万亿元、年均增长8.5%: the period's last level is the year's.
                    levelReached(text, m, Math.min(limit, clauseStart + clause.length()), reviewYear)
                            .ifPresent(r -> add(text, start, List.of(r), estimateAllFrom, seen, out, inSummary));
                }
                continue;
            }
            List<Figure> own = withRespectiveGrowth(grammar.figuresOf(text, m, limit, figures), respective);
            List<Reading> readings;
            if (own.isEmpty() && i > chainEnd) {
                // 地区生产总值、一般公共预算收入分别增长6.2%、0.7%: one mention for the chain, figures zipped.
                chainEnd = Grammar.lastJoined(text, mentions, i);
                if (chainEnd > i) {
                    int groupLimit = chainEnd + 1 < mentions.size()
                            ? mentions.get(chainEnd + 1).start()
                            : end;
                    List<Figure> shared = grammar.figuresOf(text, mentions.get(chainEnd), groupLimit, figures);
                    if (!shared.isEmpty()) {
                        add(
                                text,
                                start,
                                grammar.readings(text, Grammar.joined(text, mentions, i, chainEnd), shared),
                                estimateAllFrom,
                                seen,
                                out,
                                inSummary);
                        i = chainEnd;
                        continue;
                    }
                }
            }
            Optional<Reading> later = (wantsGrowth(m) && own.stream().allMatch(Figure::isLevel))
                            || (own.isEmpty() && wantsLevel(m))
                    ? laterGrowth(
                            text,
                            m,
                            own.isEmpty() ? m.end() : own.get(own.size() - 1).end(),
                            limit,
                            reviewYear,
                            false,
                            own.isEmpty() ? null : own.get(0))
                    : Optional.empty();
            if (later.isPresent()) {
                readings = List.of(later.get());
            } else if (!own.isEmpty()) {
                readings = grammar.readings(text, m, own);
            } else {
                readings = grammar.figureless(clause, clauseStart, m, false);
                if (readings.isEmpty() && grammar.namesOne(m) && qualitativeStatus(text, clauseStart, m, clauseEnd)) {
                    readings = grammar.figureless(clause, clauseStart, m, true);
                }
            }
            add(text, start, readings, estimateAllFrom, seen, out, inSummary);
        }
    }

    /** A sentence that opens on several years (五年实际利用外资…，…): every clause of it is about them. */
    private static final Pattern OPENS_ON_YEARS =
            Pattern.compile("^[^,;]{0,6}?(?:过去五年|五年来|五年间|五年|十[一二三四五六七八九]五[”\"]?(?:期间|时期|以来))");
    /** 从2013年的43天提高到180天: a sentence measured from a year before the last. */
    private static final Pattern FROM_YEAR = Pattern.compile("(?:从|由)(\\d{4})年");

    /**
     * Where a sentence turns to several years: its start when it opens on them, else where it measures from
     * a year before the last (优良天数从2013年的43天提高到180天，PM2.5浓度下降42.2%), else its end.
     */
    private static int yearsFrom(String text, int start, int end, int reviewYear) {
        // …以来，…，2024年达到1.3万亿元、增长5.8%: a sentence that names the reviewed year gives its figures.
        if (OPENS_ON_YEARS.matcher(text).region(start, end).lookingAt()
                && text.substring(start, end).indexOf(reviewYear + "年") < 0) {
            return start;
        }
        Matcher from = FROM_YEAR.matcher(text).region(start, end);
        while (from.find()) {
            if (Integer.parseInt(from.group(1)) < reviewYear - 1) {
                return from.start();
            }
        }
        return end;
    }

    /** 分别增长 and the growths after it, at the end of a list of levels. */
    private static final Pattern RESPECTIVELY = Pattern.compile("(?<!年均|累计)分别(?:增长|下降|比上年增长)");

    private static final int MAX_BEFORE_RESPECTIVELY = 8;

    /**
     * 实际引进内资2186亿元、实际利用外资53.1亿美元，分别增长34.1%和17.8%: each level of the list, named or not,
     * gets the growth in its place. Keyed by the level; empty unless the counts agree.
     */
    private static Map<Figure, Figure> respectiveGrowths(String text, int start, int end, List<Figure> figures) {
        if (!Clause.holdsAny(text, start, end, "别")) {
            return Map.of();
        }
        Matcher r = RESPECTIVELY.matcher(text).region(start, end);
        Map<Figure, Figure> out = new HashMap<>();
        while (r.find()) {
            int runStart = start;
            for (int i = r.start() - 1; i > start; i--) {
                if (text.charAt(i) == ';' || text.charAt(i) == ':') {
                    runStart = i + 1;
                    break;
                }
            }
            List<Figure> levels = new ArrayList<>();
            List<Figure> growths = new ArrayList<>();
            int lastLevelEnd = -1;
            for (Figure f : figures) {
                if (f.start() >= runStart && f.end() <= r.start()) {
                    if (f.isLevel()) {
                        levels.add(f);
                        lastLevelEnd = f.end();
                    } else {
                        levels.clear();
                    }
                } else if (f.start() >= r.end() && f.isPercent()) {
                    int from = growths.isEmpty()
                            ? r.end()
                            : growths.get(growths.size() - 1).end();
                    if (!JOINED.matcher(text).region(from, f.start()).matches()) {
                        break;
                    }
                    growths.add(f);
                }
            }
            if (levels.size() >= 2
                    && levels.size() == growths.size()
                    && r.start() - lastLevelEnd <= MAX_BEFORE_RESPECTIVELY) {
                for (int k = 0; k < levels.size(); k++) {
                    out.put(levels.get(k), growths.get(k));
                }
            }
        }
        return out;
    }

    private static final Pattern JOINED = Pattern.compile("[、和及]?");

    /** A subject's figures with the growth its level gets from a list's 分别 in place of any other growth. */
    private static List<Figure> withRespectiveGrowth(List<Figure> own, Map<Figure, Figure> respective) {
        // A name that carries several levels itself (城乡居民…分别达到58031元、28650元，分别增长…) zips its own.
        if (respective.isEmpty() || own.stream().filter(Figure::isLevel).count() != 1) {
            return own;
        }
        for (Figure f : own) {
            Figure growth = respective.get(f);
            if (growth != null) {
                List<Figure> out =
                        new ArrayList<>(own.stream().filter(Figure::isLevel).toList());
                out.add(growth);
                return out;
            }
        }
        return own;
    }

    /** An indicator whose figure of record is a level (粮食产量 in 万吨, 城镇新增就业 in 万人). */
    private static boolean wantsLevel(IndicatorMention m) {
        if (m.indicators().size() != 1) {
            return false;
        }
        String unit = m.indicators().get(0).unit();
        return !unit.isEmpty() && !"%".equals(unit);
    }

    /** An indicator whose figure of record is a growth (its unit is %): a level alone does not settle its target. */
    private static boolean wantsGrowth(IndicatorMention m) {
        return m.indicators().size() == 1 && "%".equals(m.indicators().get(0).unit());
    }

    /** Where a sentence's clauses part: the clause after one may carry the growth of the subject before it. */
    private static final String SEGMENT_BREAKS = ",;、";

    private static final int MAX_LATER = 90;
    private static final int MAX_WORDS_ONLY = 20;
    /** What opens the clause that gives the subject's growth: 全年增长4.5%, 预计比上年增长6.8%, 同比下降4.7%. */
    private static final Pattern GROWTH_LEAD =
            Pattern.compile("^(?:\\d{4}年)?(?:到|全年|预计|初步预计|初步测算|同比|比上年|较上年|比\\d{4}年|较\\d{4}年|按可比价格计算|可比价|同口径|实现|全年实现|约)*"
                    + "(?:增长|下降|增速为|增幅为|增速达|增速达到|恢复(?:到|至)(?:上年|去年|\\d{4}年)(?:同期)?(?:水平)?的?)(?:约|了)?$");
    /** 全年增长, or the 全年 item of a list of the year's parts (一季度、上半年、前三季度和全年分别增长…). */
    private static final Pattern FULL_YEAR = Pattern.compile("全年");
    /** Words only (增速逐季提高) or what passes on to the next clause: a level, a milestone, a ranking. */
    private static final Pattern PASSING_LEAD =
            Pattern.compile("^(?:\\d{4}年)?(?:预计|全年|初步预计|经济总量|总量|首次|历史性|再|连续|连|又|增速|增幅|可|有望|能够|约|近|超)*"
                    + "(?:达到|达|完成|实现|突破|跨越|跨过|跨上|迈上|迈过|再跨|连跨|超过|上升至|升至|位居|居|跃居|稳居|排名|为)?");
    /** A clause that ranks the subject, gives its share or marks a milestone: 上升至全国…第6位, 占全省比重18%. */
    private static final Pattern RANKING =
            Pattern.compile("^(?:增速|增幅|总量|经济总量)?(?:占|恢复到|恢复至|上升至|升至|位居|居|跃居|稳居|位列|排名|跨越|跨过|迈上|跨上|迈过|再跨|连跨|首次|历史性)");
    /** 一季度、上半年、前三季度和全年分别增长: the full year is the last item of the list. */
    private static final Pattern PARTS_THEN_YEAR = Pattern.compile(
            "(?:(?:一|二|三|四|第[一二三四])季度|上半年|前三季度|下半年)(?:[、和](?:(?:一|二|三|四|第[一二三四])季度|上半年|前三季度|下半年))*[、和]全年分别(?:增长|下降)");

    private static final Pattern LEVEL_LEAD = Pattern.compile("^(?:\\d{4}年)?(?:预计|全年|初步预计|总量)*(?:达到|达|完成|实现|为)$");
    private static final Pattern MILESTONE_AFTER = Pattern.compile("^(?:大关|台阶|新台阶|关口)");
    private static final Pattern PART_OF_YEAR_LEAD = Pattern.compile("季度|上半年|下半年|\\d{1,2}[-—至到~]\\d{1,2}月");

    /**
     * The growth of a subject whose own clause gives none, from a later clause of its sentence, when
     * nothing between names another subject: 地区生产总值跨过8000亿元台阶，达到8275.22亿元、增长4%;
     * 地区生产总值增速逐季提高，全年增长4.5%. With {@code fullYear} the clauses between may be parts of the
     * year, and only a growth said of the full year counts (一季度下降5.4%，…，预计全年增长4%).
     *
     * @param level the subject's level already read, or null
     */
    private Optional<Reading> laterGrowth(
            String text, IndicatorMention m, int from, int to, int reviewYear, boolean fullYear, Figure level) {
        int limit = Math.min(to, from + MAX_LATER);
        if (from >= limit) {
            return Optional.empty();
        }
        Matcher parts = PARTS_THEN_YEAR.matcher(text).region(from, limit);
        if (parts.find()
                && parts.start() - from <= MAX_WORDS_ONLY
                && FigureScanner.scan(text, from, parts.start()).isEmpty()) {
            int items = 1;
            for (int k = parts.start(); k < parts.end(); k++) {
                items += text.charAt(k) == '、' || text.charAt(k) == '和' ? 1 : 0;
            }
            List<Figure> figures = FigureScanner.scan(text, parts.end(), limit);
            if (figures.size() >= items && figures.get(items - 1).isPercent()) {
                Figure year = figures.get(items - 1);
                String predicate = text.substring(parts.end() - 2, parts.end());
                return Optional.of(grammar.reading(
                        m.indicators().get(0), year, level, predicate, predicate, m.surface(), m.start(), year.end()));
            }
        }
        Figure levelSeen = level;
        int segStart = from;
        for (int k = from; k <= limit; k++) {
            if (k < limit && SEGMENT_BREAKS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            int segEnd = k;
            if (segEnd > segStart) {
                String seg = text.substring(segStart, segEnd);
                if (!yearsAre(seg, reviewYear)) {
                    // 恢复至2019年的105.3%: a clause measured against another year passes, and gives nothing.
                    if (!RANKING.matcher(seg).lookingAt()) {
                        return Optional.empty();
                    }
                    segStart = k + 1;
                    continue;
                }
                List<Figure> figures = FigureScanner.scan(text, segStart, segEnd);
                if (figures.isEmpty()) {
                    if (seg.length() > MAX_WORDS_ONLY
                            && !PASSING_LEAD.matcher(seg).lookingAt()) {
                        return Optional.empty();
                    }
                } else {
                    // Beside parts of the year, every figure of the clause is looked at (由一季度下降10.3%到全年增长2.9%);
                    // otherwise the clause's first figure says what the clause is.
                    int count = fullYear ? figures.size() : 1;
                    for (int g = 0; g < count; g++) {
                        Figure f = figures.get(g);
                        String lead = text.substring(
                                g == 0 ? segStart : figures.get(g - 1).end(), f.start());
                        boolean growthHere = f.isPercent()
                                && (GROWTH_LEAD.matcher(lead).matches() || (f.isGrowthInWords() && lead.length() <= 6));
                        if (growthHere && (!fullYear || FULL_YEAR.matcher(lead).find())) {
                            return Optional.of(grammar.reading(
                                    m.indicators().get(0), f, levelSeen, lead, lead, m.surface(), m.start(), f.end()));
                        }
                        boolean milestone = MILESTONE_AFTER
                                .matcher(text)
                                .region(f.end(), segEnd)
                                .lookingAt();
                        // 粮食产量再创历史新高，达到837.3亿斤: the level of a subject measured in levels.
                        if (!fullYear
                                && f.isLevel()
                                && !milestone
                                && wantsLevel(m)
                                && LEVEL_LEAD.matcher(lead).matches()) {
                            return Optional.of(grammar.reading(
                                    m.indicators().get(0), f, null, lead, lead, m.surface(), m.start(), f.end()));
                        }
                        boolean passes = PASSING_LEAD.matcher(lead).matches()
                                || (g == 0 && RANKING.matcher(seg).lookingAt())
                                || milestone
                                || (fullYear
                                        && (growthHere
                                                || PART_OF_YEAR_LEAD
                                                        .matcher(lead)
                                                        .find()));
                        if (!passes) {
                            return Optional.empty();
                        }
                        if (levelSeen == null
                                && f.isLevel()
                                && LEVEL_LEAD.matcher(lead).matches()
                                && !milestone) {
                            levelSeen = f;
                        }
                    }
                }
            }
            segStart = k + 1;
        }
        return Optional.empty();
    }

    /** How a level reached is said: 达到1.1万亿元, 增加到2015年的3万亿元, or right after the name. */
    private static final Pattern REACHED =
            Pattern.compile("^(?:全年|预计)?(?:达到|增加到|提高到|提升到|增长到|扩大到|突破)?(?:(\\d{4})年的?)?$");
    /** What follows a level reached in a review of a period: its average growth over the period. */
    private static final Pattern THEN_AVERAGE = Pattern.compile("^[、,，]?年均");

    /**
     * In the review of a plan period's last year, a level reached over the period (一般公共预算收入由1332亿元
     * 增加到2648.5亿元、年均增长14.7%) is that year's level: the figure right before the period's average growth.
     */
    private Optional<Reading> levelReached(String text, IndicatorMention m, int to, int reviewYear) {
        int from = m.end();
        boolean fromStart = false;
        for (Figure f : FigureScanner.scan(text, m.end(), to)) {
            Matcher lead = REACHED.matcher(text).region(from, f.start());
            // Only a level said to go from one figure to another, or dated in the year, is the year's: 外贸出口
            // 总值达到1577.7亿美元、年均增长7.8% may be five years' sum.
            boolean reached = lead.matches()
                    && (fromStart || (lead.group(1) != null && Integer.parseInt(lead.group(1)) == reviewYear))
                    && (lead.group(1) == null || Integer.parseInt(lead.group(1)) == reviewYear)
                    && f.isLevel()
                    && THEN_AVERAGE.matcher(text).region(f.end(), to).lookingAt();
            if (reached) {
                String predicate = text.substring(from, f.start());
                return Optional.of(grammar.reading(
                        m.indicators().get(0), f, null, predicate, predicate, m.surface(), m.start(), f.end()));
            }
            // 由1332亿元增加到2648.5亿元: the level of the start is passed over.
            if (!text.substring(from, f.start()).startsWith("由")) {
                return Optional.empty();
            }
            fromStart = true;
            from = f.end();
        }
        return Optional.empty();
    }

    /** Whether every year a clause names is the reviewed one. */
    private static boolean yearsAre(String seg, int reviewYear) {
        return !datesAnotherYear(seg, 0, seg.length(), reviewYear);
    }

    /**
     * Whether s[from, to) dates a figure in another year than the reviewed one. The year before is only
     * the base of a growth (比2020年增长, 恢复到2019年的95%), and a record's start only measures it (创2010年以来最好).
     */
    static boolean datesAnotherYear(CharSequence s, int from, int to, int reviewYear) {
        Matcher y = YEAR.matcher(s).region(from, to);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year == reviewYear) {
                continue;
            }
            String before =
                    s.subSequence(Math.max(from, y.start() - 3), y.start()).toString();
            boolean base = year == reviewYear - 1 && BASE_YEAR.matcher(before).find();
            boolean record = y.end() < to
                    && s.subSequence(y.end(), Math.min(to, y.end() + 2))
                            .toString()
                            .equals("以来")
                    && before.endsWith("创");
            if (!base && !record) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BASE_YEAR = Pattern.compile("(?:比|较|到|至|于)$");

    private void add(
            String text,
            int sentenceStart,
            List<Reading> readings,
            int estimateAllFrom,
            Set<String> seen,
            List<Actual> out,
            boolean inSummary) {
        for (Reading r : readings) {
            // Sub-indicators (制造业投资, 存贷款余额) are figures of the summary only; in the body they are detail.
            if (!r.indicator().headline() && !inSummary) {
                continue;
            }
            boolean estimate = r.start() >= estimateAllFrom || estimated(text, sentenceStart, r.start());
            if (seen.add(r.indicator().id())) {
                out.add(new Actual(r, estimate));
            } else if (isMilestone(r)) {
                keepMilestone(out, new Actual(r, estimate, true));
            } else if (!replaceBound(out, r, estimate)) {
                upgradeLevelToGrowth(out, r, estimate, text);
            }
        }
    }

    /**
     * A figure stated exactly takes the place of an earlier bound of the same kind and unit: 城镇化率突破50%
     * then 城镇化率达到50.2%; 居民消费价格涨幅控制在3%以内 then 居民消费价格涨幅1.6%. A bound is a milestone
     * or a cap, the exact figure is what happened.
     */
    private static boolean replaceBound(List<Actual> out, Reading r, boolean estimate) {
        if (r.comparator() != Comparator.eq || r.value() == null) {
            return false;
        }
        for (int k = 0; k < out.size(); k++) {
            Reading old = out.get(k).reading();
            if (old.indicator().id().equals(r.indicator().id())
                    && old.kind() == r.kind()
                    && Objects.equals(old.unit(), r.unit())
                    && (old.comparator() == Comparator.gt
                            || old.comparator() == Comparator.ge
                            || old.comparator() == Comparator.le)) {
                out.set(k, new Actual(r, estimate));
                if (isMilestone(old)) {
                    keepMilestone(out, new Actual(old, out.get(k).estimate(), true));
                }
                return true;
            }
        }
        return false;
    }

    private static final Pattern INCREMENT = Pattern.compile("(?:增加|减少|增长|提高|下降)\\d");

    /** A level given apart from the growth already read (…增长6.8% … 由2万亿元增加到3万亿元) goes beside it. */
    private static void attachLevel(List<Actual> out, Reading level, String text) {
        // 分别增加3300元、2030元 is by how much, not to what.
        if (INCREMENT.matcher(text).region(level.start(), level.end()).find()) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            Actual a = out.get(k);
            Reading g = a.reading();
            if (!a.milestone()
                    && g.indicator().id().equals(level.indicator().id())
                    && g.kind() == Fact.Kind.growth
                    && g.levelValue() == null
                    && level.comparator() == Comparator.eq) {
                out.set(k, new Actual(g.withLevel(level.value(), level.unit()), a.estimate()));
                return;
            }
        }
    }

    /** A mark passed (突破15000亿元, 超过1.66万亿元, 跨上2万亿元台阶): a level or a rate said as a floor passed. */
    private static boolean isMilestone(Reading r) {
        return r.value() != null
                && r.kind() != Fact.Kind.growth
                && (r.comparator() == Comparator.gt || r.comparator() == Comparator.ge);
    }

    /**
     * The milestone of an indicator that has its exact figure too, as a fact of its own (one per
     * indicator): what the review says, which the verdicts rank after the exact figure.
     */
    private static void keepMilestone(List<Actual> out, Actual milestone) {
        String id = milestone.reading().indicator().id();
        boolean has = out.stream()
                .anyMatch(a -> a.milestone() && a.reading().indicator().id().equals(id));
        if (!has) {
            out.add(milestone);
        }
    }

    /**
     * The first reading of an indicator wins, except that a growth figure replaces words (稳步增长), and a growth figure in the indicator's own unit
     * takes the place of an earlier bare level (经济总量达到2.67万亿元 … 地区生产总值增长4.7%): a verdict
     * on a growth target needs the growth. The level stays, as the growth's level.
     */
    private static void upgradeLevelToGrowth(List<Actual> out, Reading r, boolean estimate, String text) {
        if (r.kind() == Fact.Kind.level && r.value() != null) {
            attachLevel(out, r, text);
            return;
        }
        if (r.kind() != Fact.Kind.growth
                || !"%".equals(r.unit())
                || !"%".equals(r.indicator().unit())) {
            return;
        }
        for (int k = 0; k < out.size(); k++) {
            Reading old = out.get(k).reading();
            if (old.indicator().id().equals(r.indicator().id()) && old.kind() == Fact.Kind.qualitative) {
                // 经济总量稳步增长 … 地区生产总值增长9.4%: the figure says more than the words.
                out.set(k, new Actual(r, estimate));
                return;
            }
            if (old.indicator().id().equals(r.indicator().id())
                    && old.kind() == Fact.Kind.level
                    && old.value() != null) {
                Reading merged = r.levelValue() != null ? r : r.withLevel(old.value(), old.unit());
                boolean oldEstimate = out.get(k).estimate();
                out.set(k, new Actual(merged, estimate));
                if (isMilestone(old) && !Objects.equals(old.value(), merged.levelValue())) {
                    keepMilestone(out, new Actual(old, oldEstimate, true));
                }
                return;
            }
        }
    }

    /**
     * The average growths a review gives for a plan period that ended with its year (五年来，全市地区生产总值
     * 年均增长3.8%): figures of clauses that say 年均, in paragraphs that speak of the period. Each
     * reading carries {@code period}; the first figure of an indicator wins.
     */
    List<Reading> readPeriod(String text, int from, int to, String period) {
        List<Reading> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int paragraphStart = from;
        for (int start = from; start < to; ) {
            int end = TargetGrammar.sentenceEnd(text, start, to);
            if (start > from && text.charAt(start - 1) == '\n') {
                paragraphStart = start;
            }
            // In the review of a period's last year, an average growth is the period's unless its sentence
            // names years outside the period (比2010年翻了一番，年均增长6.4%).
            if (AVERAGE_GROWTH.matcher(text).region(start, end).find()
                    && (PERIOD_REVIEW.matcher(text).region(paragraphStart, end).find()
                            || onlyYearsOf(text, start, end, period))) {
                List<IndicatorMention> mentions = grammar.mentions(text, start, end);
                List<Figure> figures = FigureScanner.scan(text, start, end);
                for (int i = 0; i < mentions.size(); i++) {
                    int chainEnd = Grammar.lastJoined(text, mentions, i);
                    IndicatorMention last = mentions.get(chainEnd);
                    int limit = chainEnd + 1 < mentions.size()
                            ? mentions.get(chainEnd + 1).start()
                            : end;
                    List<Figure> own = grammar.figuresOf(text, last, limit, figures, true);
                    if (!own.isEmpty()
                            && AVERAGE_GROWTH
                                    .matcher(text)
                                    .region(last.end(), own.get(0).start())
                                    .find()) {
                        IndicatorMention named = chainEnd > i ? Grammar.joined(text, mentions, i, chainEnd) : last;
                        for (Reading r : grammar.readings(text, named, own)) {
                            if (r.kind() == Fact.Kind.growth
                                    && seen.add(r.indicator().id())) {
                                out.add(r.inPeriod(period));
                            }
                        }
                    }
                    i = chainEnd;
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** The first figure the review gives for an indicator named in the report's own words, as its plan names it. */
    private Optional<Reading> openFigure(
            String text, int from, int to, int reviewYear, String region, Indicator indicator) {
        String name = indicator.name();
        for (int at = text.indexOf(name, from); at >= 0 && at < to; at = text.indexOf(name, at + name.length())) {
            int sentenceStart = TargetGrammar.sentenceStart(text, at, from);
            int sentenceEnd = TargetGrammar.sentenceEnd(text, at, to);
            int clauseStart = clauseStart(text, sentenceStart, at);
            int clauseEnd = clauseEnd(text, at + name.length(), sentenceEnd);
            IndicatorMention m = new IndicatorMention(at, at + name.length(), name, List.of(indicator));
            String clause = text.substring(clauseStart, clauseEnd);
            if (excluded(text, clauseStart, m, clause, reviewYear, region)) {
                continue;
            }
            List<Figure> figures = FigureScanner.scan(text, clauseStart, clauseEnd);
            if (figures.isEmpty()) {
                continue;
            }
            Optional<Reading> r = grammar.openReadings(text, clauseStart, clauseEnd, figures).stream()
                    .filter(x -> x.indicator().id().equals(indicator.id()))
                    .findFirst();
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private List<Reading> shortfalls(String text, int start, int end) {
        List<Reading> out = new ArrayList<>();
        Matcher m = SHORTFALL.matcher(text).region(start, end);
        while (m.find()) {
            int clauseStart = clauseStart(text, start, m.start());
            if (PLAN_PERIOD.matcher(text).region(start, m.end()).find()) {
                continue;
            }
            for (IndicatorMention mention : grammar.mentions(text, clauseStart, m.start())) {
                if (!FigureScanner.scan(text, mention.end(), m.start()).isEmpty()) {
                    continue;
                }
                for (Indicator indicator : mention.indicators()) {
                    out.add(Reading.withoutFigure(
                            indicator, Fact.Kind.shortfall, Comparator.none, null, mention.start(), m.end()));
                }
            }
        }
        return out;
    }

    /** Whether every year a sentence names (2015年, 2020年) bounds the period: its first, the one before, or its last. */
    private static boolean onlyYearsOf(String text, int start, int end, String period) {
        PlanPeriod p = PlanPeriod.parse(period);
        Matcher y = YEAR.matcher(text).region(start, end);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            if (year != p.first() - 1 && year != p.first() && year != p.last()) {
                return false;
            }
        }
        return true;
    }

    /** A sentence about part of the year, several years or another year. */
    private static boolean aboutOtherTime(String text, int start, int end, int reviewYear) {
        if ((Clause.holdsAny(text, start, end, PART_OF_YEAR_CHARS)
                        && PART_OF_YEAR.matcher(text).region(start, end).find())
                || (Clause.holdsAny(text, start, end, MULTI_YEAR_CHARS)
                        && MULTI_YEAR.matcher(text).region(start, end).find())) {
            return true;
        }
        return datesAnotherYear(text, start, end, reviewYear);
    }

    /**
     * Whether a sentence can hold an admission (未 or 没有 opens every SHORTFALL) or a comparison with
     * another region: without either, the patterns of both need not run over it, nor those that judge
     * its time (JFR: run over every sentence of a review, they were most of the extraction).
     */
    private static boolean mayAdmitOrCompare(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '未' || (c == '没' && i + 1 < end && text.charAt(i + 1) == '有')) {
                return true;
            }
        }
        return RegionComparisons.mayCompare(text, start, end);
    }

    /** A sentence without a figure or a status word reports nothing: most of a review, skipped at once. */
    private static boolean mayReport(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9')
                    || c == '同'
                    || c == '平'
                    || c == '稳'
                    || c == '完'
                    || c == '正'
                    || c == '百'
                    || (c >= '一' && ChineseNumbers.isNumeral(c))) {
                return true;
            }
        }
        return false;
    }

    /** 城乡居民人均可支配收入稳步增长; 完成省下达的节能减排降碳任务. */
    private static boolean qualitativeStatus(String text, int clauseStart, IndicatorMention m, int clauseEnd) {
        String after = text.substring(m.end(), clauseEnd);
        String before = text.substring(clauseStart, m.start());
        return STATUS_WORDS.matcher(after).find() || FULFILLED.matcher(before).find();
    }

    /** Whether a clause is excluded for naming a part of the year, and for nothing else. */
    private static boolean partOfYearOnly(
            String text, int clauseStart, IndicatorMention m, String clause, int reviewYear, String region) {
        return Clause.holdsAny(clause, 0, clause.length(), PART_OF_YEAR_CHARS)
                && PART_OF_YEAR.matcher(clause).find()
                && !(Clause.holdsAny(clause, 0, clause.length(), MULTI_YEAR_CHARS)
                        && MULTI_YEAR.matcher(clause).find())
                && !COMPARED_WITH.matcher(text).region(clauseStart, m.start()).find()
                && yearsAre(clause, reviewYear)
                && !otherPlace(text, clauseStart, m.start(), region);
    }

    private static boolean excluded(
            String text, int clauseStart, IndicatorMention m, String clause, int reviewYear, String region) {
        if ((Clause.holdsAny(clause, 0, clause.length(), PART_OF_YEAR_CHARS)
                        && PART_OF_YEAR.matcher(clause).find())
                || (Clause.holdsAny(clause, 0, clause.length(), MULTI_YEAR_CHARS)
                        && MULTI_YEAR.matcher(clause).find())
                || COMPARED_WITH.matcher(text).region(clauseStart, m.start()).find()) {
            return true;
        }
        if (datesAnotherYear(clause, 0, clause.length(), reviewYear)) {
            return true;
        }
        return otherPlace(text, clauseStart, m.start(), region);
    }

    /** 濮阳县地区生产总值 in a city's text is the county's figure, not the city's. */
    private static boolean otherPlace(String text, int clauseStart, int mentionStart, String region) {
        if (mentionStart - 1 < clauseStart) {
            return false;
        }
        char before = text.charAt(mentionStart - 1);
        if (before != '县' && before != '区' && before != '市' && before != '省') {
            return false;
        }
        int nameStart = Math.max(clauseStart, mentionStart - 4);
        String name = text.substring(nameStart, mentionStart);
        for (String own : new String[] {"全" + before, "本" + before, "我" + before, "全" + before}) {
            if (name.endsWith(own)) {
                return false;
            }
        }
        return region == null || !region.endsWith(name.substring(Math.max(0, name.length() - 3)));
    }

    /** Sentence-initial 预计 covers the sentence; a 预计 in mid-sentence covers its own clause. */
    private boolean estimated(String text, int sentenceStart, int at) {
        String before = text.substring(sentenceStart, at);
        int clause = clauseStart(text, sentenceStart, at);
        for (String cue : sentenceCues) {
            int idx = before.indexOf(cue);
            if (idx >= 0 && idx <= 6) {
                return true;
            }
            if (text.substring(clause, at).contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static int clauseStart(String text, int sentenceStart, int at) {
        for (int i = at - 1; i >= sentenceStart; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    private static int clauseEnd(String text, int from, int sentenceEnd) {
        for (int i = from; i < sentenceEnd; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return sentenceEnd;
    }
}
