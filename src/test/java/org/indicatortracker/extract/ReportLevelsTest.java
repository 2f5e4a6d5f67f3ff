package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Reports.only;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.indicatortracker.report.RegionLevel;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

/** Whole reports of other levels and other shapes, written for these tests. */
class ReportLevelsTest {

    private static ExtractedReport extract(String text) {
        return Reports.EXTRACTOR.extract("t", text, ReportOverrides.NONE);
    }

    private static List<Fact> role(ExtractedReport r, Fact.Role role) {
        return r.facts().stream().filter(f -> f.role() == role).toList();
    }

    @Test
    void nationalReport() {
        ExtractedReport r = extract("""
                政府工作报告
                ——2024年3月5日在第十四届全国人民代表大会第二次会议上
                国务院总理 某某
                各位代表：
                一、2023年工作回顾
                过去一年，经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，年末城镇调查失业率5.1%。居民消费价格上涨0.2%。粮食产量1.39万亿斤。
                二、2024年经济社会发展总体要求和政策取向
                今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。
                """);
        assertThat(r.profile().region()).isEqualTo("全国");
        assertThat(r.profile().level()).isEqualTo(RegionLevel.national);
        List<Fact> targets = role(r, Fact.Role.target);
        assertThat(only(targets, "gdp").value()).isEqualTo(5.0);
        assertThat(only(targets, "new_urban_jobs").value()).isEqualTo(1200.0);
        assertThat(only(targets, "grain_output").unit()).isEqualTo("万亿斤");
        assertThat(only(targets, "energy_intensity").direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(only(targets, "balance_of_payments").kind()).isEqualTo(Fact.Kind.qualitative);
        assertThat(only(targets, "disposable_income").kind()).isEqualTo(Fact.Kind.relative);
        List<Fact> actuals = role(r, Fact.Role.actual);
        assertThat(only(actuals, "gdp").value()).isEqualTo(5.2);
        assertThat(only(actuals, "gdp").levelValue()).isEqualTo(126.0);
        assertThat(only(actuals, "surveyed_unemployment").value()).isEqualTo(5.1);
        assertThat(only(actuals, "cpi").value()).isEqualTo(0.2);
        assertThat(only(actuals, "grain_output").value()).isEqualTo(1.39);
    }

    @Test
    void provincialReportWithPlainHeadings() {
        ExtractedReport r = extract("""
                2024年河南省政府工作报告
                ——2024年1月22日在河南省第十四届人民代表大会第二次会议上
                一、2023年工作回顾
                全省地区生产总值达到5.9万亿元、增长5.6%，一般公共预算收入增长8.1%。
                二、2024年工作总体要求和主要目标
                主要预期目标是：全省地区生产总值增长5.5%左右，一般公共预算收入增长5%，研发经费投入增长8%以上。
                """);
        assertThat(r.profile().region()).isEqualTo("河南省");
        assertThat(r.profile().level()).isEqualTo(RegionLevel.provincial);
        assertThat(only(role(r, Fact.Role.actual), "gdp").levelUnit()).isEqualTo("万亿元");
        assertThat(only(role(r, Fact.Role.target), "rd_spending").comparator()).isEqualTo(Comparator.ge);
    }

    @Test
    void decemberReportReviewsTheCurrentYearAndPlansTheNext() {
        ExtractedReport r = extract("""
                政府工作报告
                ——2022年12月28日在兰考县第十八届人民代表大会第二次会议上
                各位代表：
                今年以来，全县上下攻坚克难。预计全县生产总值增长4.5%，固定资产投资增长12%。
                明年经济社会发展的主要预期目标是：生产总值增长6.5%，固定资产投资增长10%以上。
                """);
        assertThat(r.profile().level()).isEqualTo(RegionLevel.county);
        assertThat(r.profile().reportYear()).isEqualTo(2023);
        assertThat(r.profile().reviewYear()).isEqualTo(2022);
        Fact actual = only(role(r, Fact.Role.actual), "gdp");
        assertThat(actual.year()).isEqualTo(2022);
        assertThat(actual.estimate()).isTrue();
        assertThat(only(role(r, Fact.Role.target), "gdp").year()).isEqualTo(2023);
    }

    @Test
    void fiveYearReviewKeepsTheLastYearsFiguresButNotAverages() {
        ExtractedReport r = extract("""
                政府工作报告
                ——2022年1月10日在洛阳市第十六届人民代表大会第一次会议上
                一、过去五年工作回顾
                过去五年，全市地区生产总值年均增长6.8%。2021年，全市地区生产总值增长7.9%，规模以上工业增加值增长9.2%。
                二、今后五年的目标任务和2022年工作安排
                今年主要预期目标是：地区生产总值增长6.5%以上，规模以上工业增加值增长7%。
                """);
        assertThat(r.profile().reportYear()).isEqualTo(2022);
        assertThat(r.profile().reviewYear()).isEqualTo(2021);
        assertThat(only(role(r, Fact.Role.actual), "gdp").value()).isEqualTo(7.9);
        assertThat(only(role(r, Fact.Role.target), "gdp").value()).isEqualTo(6.5);
    }

    @Test
    void districtReportTargetsBelongToTheDistrict() {
        ExtractedReport r = extract("""
                2024年杭州市西湖区政府工作报告
                2024年1月6日在杭州市西湖区第三届人民代表大会第四次会议上
                一、2023年工作回顾
                全区地区生产总值增长6.2%。
                二、2024年工作安排
                主要预期目标为:地区生产总值增长6%,一般公共预算收入增长4%。
                """);
        assertThat(r.profile().region()).isEqualTo("杭州市西湖区");
        assertThat(r.facts()).allSatisfy(f -> assertThat(f.region()).isEqualTo("杭州市西湖区"));
        assertThat(only(role(r, Fact.Role.actual), "gdp").value()).isEqualTo(6.2);
    }

    @Test
    void headingBrokenAcrossLinesStillLeadsToTheList() {
        ExtractedReport r = extract("""
                政府工作报告
                ——2024年1月9日在洛阳市第九届人民代表大会第三次会议上
                一、2023年工作回顾
                全市地区生产总值增长5%。
                二、2024年工作安排
                全市经济社会发展的主要预期
                目标是：地区生产总值增长5.5%，城镇新增就业3万人。
                """);
        assertThat(only(role(r, Fact.Role.target), "gdp").value()).isEqualTo(5.5);
        assertThat(only(role(r, Fact.Role.target), "new_urban_jobs").value()).isEqualTo(3.0);
    }

    @Test
    void userLexiconExtendsTheBuiltInOne() throws Exception {
        Path file = Files.createTempFile("lexicon", ".yaml");
        Files.writeString(file, """
                indicators:
                  - id: tourism_revenue
                    name: 旅游总收入
                    synonyms: [旅游总收入, 旅游综合收入]
                    polarity: higher
                    unit: "%"
                """);
        Extractor extractor = new Extractor(Lexicon.load(Optional.of(file)));
        String text = Reports.report("洛阳市", 2024, "旅游综合收入增长12%。", "旅游总收入增长10%以上");
        List<Fact> facts = extractor.extract("t", text, ReportOverrides.NONE).facts();
        assertThat(facts).extracting(Fact::indicator).contains("tourism_revenue", "tourism_revenue");
        assertThat(facts)
                .filteredOn(f -> f.indicator().equals("tourism_revenue"))
                .hasSize(2);
    }

    @Test
    void aTargetListWithOneItemPerLineIsReadWhole() {
        ExtractedReport r = extract("""
                政府工作报告
                ——2024年1月12日在洛阳市第八届人民代表大会第四次会议上
                一、2023年工作回顾
                全市地区生产总值增长5.1%。
                二、2024年工作安排
                今年全市经济社会发展的主要预期目标任务是：
                1.地区生产总值增长6%左右；
                2.一般公共预算收入增长5%；
                3.城镇调查失业率控制在5.5%以内；
                4.居民收入增长与经济增长同步。
                围绕上述目标，重点抓好以下工作。
                """);
        List<Fact> targets = role(r, Fact.Role.target);
        assertThat(targets)
                .extracting(Fact::indicator)
                .containsExactly("gdp", "public_budget_revenue", "surveyed_unemployment", "disposable_income");
        assertThat(only(targets, "surveyed_unemployment").comparator()).isEqualTo(Comparator.le);
    }
}
