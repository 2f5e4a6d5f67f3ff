package org.indicatortracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.Region;
import org.indicatortracker.report.RegionLevel;

/**
 * Figures a report sets against another region: 地区生产总值增长6%左右，高于全省0.5个百分点 (a target),
 * 增速高于全国1.8个百分点 (a gap a review states). The comparison belongs to the nearest indicator named
 * before it in the same sentence, at most one clause back. Which region 全省, 全区 or 全市 means depends
 * on who speaks: 全市 in a city's report is the city itself, and says nothing relative.
 */
final class RegionComparisons {
    private static final Pattern COMPARISON = Pattern.compile("(略高于|高于|快于|高出|超过|领先于|不低于|不慢于|低于|慢于|与|同)(全国|全省|全区|全市|全州)"
            + "(同步|持平|一致)?的?(?:平均水平|平均增速|平均增幅|平均|水平|增速|增幅)?"
            + "(?:(\\d+(?:\\.\\d+)?)个?百分点)?(左右|以上)?");
    /** What may open a clause that compares the subject of the clause before: 、高于全省 or 增速高于全省. */
    private static final Pattern SAME_SUBJECT = Pattern.compile("^(?:增速|增幅|增长|且|并|均|也|分别|力争|确保|要)*$");
    /** How far before the comparison its indicator may be named. */
    private static final int REACH = 40;

    private final Grammar grammar;

    /**
     * Whether [from, to) can hold a COMPARISON: every one holds 于, 出, 过, 与 or 同 (how each of its verbs
     * ends) right before 全国, 全省, 全区, 全市 or 全州. A text without is not searched with the pattern.
     */
    static boolean mayCompare(String text, int from, int to) {
        for (int i = text.indexOf('全', from + 1); i >= 0 && i + 1 < to; i = text.indexOf('全', i + 1)) {
            if ("于出过与同".indexOf(text.charAt(i - 1)) >= 0 && "国省区市州".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    RegionComparisons(Grammar grammar) {
        this.grammar = grammar;
    }

    /**
     * The comparisons of [from, to), in the report of {@code speaker}.
     *
     * @param target true for a plan's list: a bare figure is a floor (高于全省0.5个百分点 → ≥ 0.5)
     */
    List<Reading> read(String text, int from, int to, Region speaker, boolean target) {
        List<Reading> out = new ArrayList<>();
        if (speaker == null || !mayCompare(text, from, to)) {
            return out;
        }
        Matcher m = COMPARISON.matcher(text).region(from, to);
        while (m.find()) {
            String verb = m.group(1);
            boolean same = verb.equals("与") || verb.equals("同");
            if (same != (m.group(3) != null)) {
                continue;
            }
            Benchmark.Tier tier = tier(m.group(2), speaker);
            if (tier == null) {
                continue;
            }
            Optional<IndicatorMention> named = indicatorBefore(text, Math.max(from, m.start() - REACH), m.start());
            if (named.isEmpty()) {
                continue;
            }
            boolean below = verb.equals("低于") || verb.equals("慢于");
            Double gap = m.group(4) == null ? null : Double.valueOf(m.group(4));
            Comparator c;
            if (same) {
                c = Comparator.approx;
            } else if (gap != null) {
                c = "左右".equals(m.group(5))
                        ? Comparator.approx
                        : target || "以上".equals(m.group(5)) ? Comparator.ge : Comparator.eq;
            } else {
                // 高于全省平均水平 is read as at least the average, as the gold annotation reads it.
                c = below ? Comparator.le : Comparator.ge;
            }
            Fact.Direction direction = below && gap != null ? Fact.Direction.decrease : Fact.Direction.increase;
            for (Indicator indicator : named.get().indicators()) {
                out.add(new Reading(
                        indicator,
                        Fact.Kind.relative,
                        c,
                        gap,
                        null,
                        gap == null ? null : "个百分点",
                        direction,
                        null,
                        null,
                        tier.name(),
                        named.get().start(),
                        m.end()));
            }
        }
        return out;
    }

    /** The last indicator named in [from, at) of the comparison's sentence, no more than one clause back. */
    private Optional<IndicatorMention> indicatorBefore(String text, int from, int at) {
        int start = at;
        int clauseStart = -1;
        while (start > from) {
            char c = text.charAt(start - 1);
            if (c == '。' || c == '\n' || c == ';' || c == '!' || c == '?' || c == ':') {
                break;
            }
            if (c == ',' || c == '、') {
                if (clauseStart >= 0) {
                    break;
                }
                clauseStart = start;
            }
            start--;
        }
        List<IndicatorMention> mentions = grammar.mentions(text, start, at);
        if (mentions.isEmpty()) {
            return Optional.empty();
        }
        IndicatorMention last = mentions.get(mentions.size() - 1);
        // 地区生产总值增长6%，高于全省…: the clause before, when nothing in this one names another subject.
        if (clauseStart >= 0
                && last.end() <= clauseStart
                && !SAME_SUBJECT.matcher(text).region(clauseStart, at).matches()) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** The tier a word names in the speaker's mouth, or null when it names the speaker itself. */
    static Benchmark.Tier tier(String word, Region speaker) {
        Gazetteer g = Gazetteer.standard();
        return switch (word) {
            case "全国" -> speaker.level() == RegionLevel.national ? null : Benchmark.Tier.nation;
            case "全省" ->
                speaker.level().provincialLevel() || speaker.level() == RegionLevel.national
                        ? null
                        : Benchmark.Tier.province;
            case "全区" ->
                !speaker.level().provincialLevel()
                                && speaker.level() != RegionLevel.district
                                && g.province(speaker)
                                        .map(p -> p.name().endsWith("自治区"))
                                        .orElse(false)
                        ? Benchmark.Tier.province
                        : null;
            case "全市" -> speaker.level().countyLevel() ? Benchmark.Tier.parent : null;
            case "全州" ->
                speaker.level().countyLevel()
                                && g.parent(speaker)
                                        .map(p -> p.name().endsWith("州"))
                                        .orElse(false)
                        ? Benchmark.Tier.parent
                        : null;
            default -> null;
        };
    }
}
