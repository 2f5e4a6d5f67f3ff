package org.indicatortracker.testing;

import java.util.List;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.ReportOverrides;

/** Builds small reports in the shape of a government work report, in the tests' own words. */
public final class Reports {
    public static final Lexicon LEXICON = Lexicon.loadDefault();
    public static final Extractor EXTRACTOR = new Extractor(LEXICON);

    /** Two years of 洛阳市: the 2023 plan and the 2024 report that reviews it. */
    public static final String EXAMPLE_2023 = report(
            "洛阳市",
            2023,
            "全市地区生产总值完成1500亿元，同比增长4.0%。",
            "地区生产总值增长6%左右，固定资产投资增长8%以上，居民消费价格涨幅3%左右，城镇新增就业2万人以上，进出口平稳增长，一般公共预算收入增长5%");

    public static final String EXAMPLE_2024 =
            report("洛阳市", 2024, "全市地区生产总值完成1590亿元，同比增长5.7%；固定资产投资增长6.0%；居民消费价格上涨0.4%；新增城镇就业2.3万人。", "地区生产总值增长5.5%左右");

    private Reports() {}

    /** A report of 洛阳市 delivered in January of {@code year}: a review of year-1 and a plan for year. */
    public static String report(String region, int year, String review, String targetList) {
        return "政府工作报告\n"
                + "——" + year + "年1月10日在" + region + "第五届人民代表大会第三次会议上\n"
                + region + "人民政府市长 张三\n"
                + "各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n"
                + review + "\n"
                + "二、" + year + "年工作安排\n"
                + year + "年是承前启后的一年。\n"
                + "全市经济社会发展主要预期目标是：" + targetList + "。\n"
                + "三、重点工作\n"
                + "（一）扩大有效投资。力争全年完成重点项目投资300亿元。\n";
    }

    /**
     * The real extraction, except that a text holding {@code marker} gives its targets without a
     * comparator: no extraction makes one, and judging it against an actual throws, a bug's stand-in.
     */
    public static DocumentExtractor brokenTargetsWhere(String marker) {
        return (id, text, overrides) -> {
            List<ExtractedReport> read = EXTRACTOR.extractDocument(id, text, overrides);
            if (!text.contains(marker)) {
                return read;
            }
            return read.stream()
                    .map(r -> new ExtractedReport(
                            r.reportId(),
                            r.profile(),
                            r.facts().stream()
                                    .map(f -> f.role() == Fact.Role.target
                                            ? f.toBuilder().comparator(null).build()
                                            : f)
                                    .toList()))
                    .toList();
        };
    }

    public static List<Fact> targets(String targetList) {
        return facts(report("洛阳市", 2024, "过去一年，全市经济稳中有进。", targetList), Fact.Role.target);
    }

    public static List<Fact> actuals(String review) {
        return facts(report("洛阳市", 2024, review, "地区生产总值增长5%左右"), Fact.Role.actual);
    }

    public static List<Fact> facts(String text, Fact.Role role) {
        ExtractedReport r = EXTRACTOR.extract("test", text, ReportOverrides.NONE);
        return r.facts().stream().filter(f -> f.role() == role).toList();
    }

    /** The one fact of a year (not of a plan period) about {@code indicator}. */
    public static Fact only(List<Fact> facts, String indicator) {
        return one(facts.stream().filter(f -> f.period() == null).toList(), indicator);
    }

    /** The one fact of a plan period about {@code indicator}. */
    public static Fact ofPeriod(List<Fact> facts, String indicator) {
        return one(facts.stream().filter(f -> f.period() != null).toList(), indicator);
    }

    private static Fact one(List<Fact> facts, String indicator) {
        List<Fact> hits =
                facts.stream().filter(f -> f.indicator().equals(indicator)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one " + indicator + " fact, got " + hits + " among " + facts);
        }
        return hits.get(0);
    }
}
