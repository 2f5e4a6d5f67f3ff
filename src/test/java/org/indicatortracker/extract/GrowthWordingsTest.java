package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Reports.facts;
import static org.indicatortracker.testing.Reports.only;

import java.util.List;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

/** How real reviews give a year's growth when not as "地区生产总值增长X%", each in a sentence of our own. */
class GrowthWordingsTest {
    /** The facts of a 2021 report of 洛阳市 that reviews 2020. */
    private static List<Fact> review2020(String review) {
        return facts(Reports.report("洛阳市", 2021, review, "地区生产总值增长6%左右"), Fact.Role.actual);
    }

    private static Fact gdp(String review) {
        return only(review2020(review), "gdp");
    }

    @Test
    void milestonesRankingsAndLevelsBetweenTheSubjectAndItsGrowthPass() {
        Fact milestone = gdp("全市地区生产总值跨过5000亿元台阶，达到5123.4亿元、增长3.1%，增速居全省第二。");
        assertThat(milestone.value()).isEqualTo(3.1);
        assertThat(milestone.levelValue()).isEqualTo(5123.4);
        Fact ranking = gdp("地区生产总值达到812.6亿元、上升至全国30个同类城市第4位，增长4.2%。");
        assertThat(ranking.value()).isEqualTo(4.2);
        Fact words = gdp("地区生产总值增速逐季回升，全年增长2.6%。");
        assertThat(words.value()).isEqualTo(2.6);
    }

    @Test
    void aLaterGrowthAfterAnotherSubjectIsNotTheSubjects() {
        Fact level = gdp("地区生产总值达到1200亿元，工业总产值980.5亿元，增长4.8%。");
        assertThat(level.kind()).isEqualTo(Fact.Kind.level);
        assertThat(level.value()).isEqualTo(1200.0);
    }

    @Test
    void besidePartsOfTheYearOnlyTheFullYearsGrowthIsRead() {
        Fact full = gdp("一季度地区生产总值下降6.8%，二季度由负转正，预计全年增长3.2%左右。");
        assertThat(full.value()).isEqualTo(3.2);
        assertThat(full.direction()).isEqualTo(Fact.Direction.increase);
        Fact list = gdp("地区生产总值一季度、上半年、前三季度和全年分别增长3.5%、4.1%、4.6%、5.2%。");
        assertThat(list.value()).isEqualTo(5.2);
        Fact within = gdp("全市生产总值由一季度下降9.1%到全年增长2.4%。");
        assertThat(within.value()).isEqualTo(2.4);
        assertThat(review2020("上半年地区生产总值下降1.5%。")).extracting(Fact::indicator).doesNotContain("gdp");
    }

    @Test
    void growthSaidInWordsIsAboveZeroOrZero() {
        Fact positive = gdp("地区生产总值完成1350.2亿元，增速逐季回升，实现由负转正。");
        assertThat(positive.comparator()).isEqualTo(Comparator.gt);
        assertThat(positive.value()).isEqualTo(0.0);
        assertThat(gdp("地区生产总值增幅为正。").comparator()).isEqualTo(Comparator.gt);
        Fact flat = gdp("预计地区生产总值与上年基本持平。");
        assertThat(flat.value()).isEqualTo(0.0);
        assertThat(flat.comparator()).isEqualTo(Comparator.eq);
    }

    @Test
    void aShareOfTheYearBeforeIsAGrowth() {
        Fact down = gdp("地区生产总值恢复到上年的96%以上。");
        assertThat(down.direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(down.value()).isEqualTo(4.0);
        assertThat(down.comparator()).isEqualTo(Comparator.le);
        Fact named = gdp("预计全年地区生产总值恢复到2019年同期的98%。");
        assertThat(named.value()).isEqualTo(2.0);
    }

    @Test
    void theYearBeforeAsABaseAndARecordsStartDoNotMakeAFigureAnotherYears() {
        assertThat(gdp("全市生产总值比2019年增长3.3%。").value()).isEqualTo(3.3);
        assertThat(gdp("地区生产总值增长4.1%、创2012年以来最好位次。").value()).isEqualTo(4.1);
        assertThat(review2020("全市生产总值比2018年增长9.3%。"))
                .extracting(Fact::indicator)
                .doesNotContain("gdp");
    }

    @Test
    void moreThanAFigureIsAFigure() {
        Fact f = gdp("国内生产总值达到9800多亿元，按可比价格计算，比上年增长5.9%。");
        assertThat(f.value()).isEqualTo(5.9);
        assertThat(f.levelValue()).isEqualTo(9800.0);
    }

    @Test
    void aFigureReplacesAnEarlierStatusInWords() {
        List<Fact> a = review2020("经济总量稳步增长，地区生产总值增长5.4%，固定资产投资增长7%。");
        assertThat(only(a, "gdp").value()).isEqualTo(5.4);
    }

    @Test
    void levelsListedThenRespectivelyTakeTheirGrowthsInOrderNamedOrNot() {
        List<Fact> a = review2020(
                "全年实际引进内资1530亿元、实际利用外资21.6亿美元，分别增长12.5%和6.3%。" + "实现地区生产总值3120亿元、一般公共预算收入215亿元，同比分别增长4.2%和7.7%。");
        assertThat(only(a, "foreign_investment").value()).isEqualTo(6.3);
        assertThat(only(a, "foreign_investment").levelValue()).isEqualTo(21.6);
        assertThat(only(a, "gdp").value()).isEqualTo(4.2);
        assertThat(only(a, "public_budget_revenue").value()).isEqualTo(7.7);
    }

    @Test
    void aShortNameEndingALongerNounIsNotTheIndicator() {
        List<Fact> a = review2020("机电产品出口增长21.5%。全年出口增长6.1%。");
        assertThat(only(a, "exports").value()).isEqualTo(6.1);
    }

    @Test
    void aSentenceTurningToAYearBeforeTheLastGivesNoYearsFigureFromThere() {
        List<Fact> a = review2020("固定资产投资增长6%，优良天数从2015年的120天提高到286天，细颗粒物浓度下降38.5%。");
        assertThat(only(a, "fixed_asset_investment").value()).isEqualTo(6.0);
        assertThat(a).extracting(Fact::indicator).doesNotContain("pm25");
        assertThat(review2020("五年来实际利用外资48.3亿美元，进出口总额增长9%。"))
                .extracting(Fact::indicator)
                .isEmpty();
        assertThat(gdp("“十三五”以来，全市地区生产总值连跨两个百亿台阶，2020年达到1080亿元、增长3.9%。").value())
                .isEqualTo(3.9);
    }

    @Test
    void aMilestoneBesideTheExactFigureIsKeptAsAFactOfItsOwn() {
        List<Fact> a = review2020("实现“三个突破”：地区生产总值突破3000亿元，社会消费品零售总额突破1000亿元。\n"
                + "——经济稳中有进。地区生产总值3120.5亿元，增长4.1%。社会消费品零售总额1052亿元，增长3%。"
                + "一般公共预算总收入320亿元，增长5.2%。");
        List<Fact> gdp = a.stream().filter(f -> f.indicator().equals("gdp")).toList();
        assertThat(gdp).extracting(Fact::milestone).containsExactlyInAnyOrder(false, true);
        Fact exact = gdp.stream().filter(f -> !f.milestone()).findFirst().orElseThrow();
        assertThat(exact.value()).isEqualTo(4.1);
        assertThat(exact.levelValue()).isEqualTo(3120.5);
        Fact mark = gdp.stream().filter(Fact::milestone).findFirst().orElseThrow();
        assertThat(mark.value()).isEqualTo(3000.0);
        assertThat(mark.comparator()).isEqualTo(Comparator.gt);
        assertThat(mark.factKey()).isNotEqualTo(exact.factKey());
        // A paragraph of milestones alone is a highlight: the summary is the next, sub-indicators included.
        assertThat(only(a, "public_budget_total_revenue").value()).isEqualTo(5.2);
    }

    @Test
    void inAPeriodsLastReviewALevelFromOneFigureToAnotherIsTheLastYears() {
        List<Fact> a = facts(
                Reports.report(
                        "洛阳市",
                        2021,
                        "五年来，全市生产总值由2015年的3400亿元增加到2020年的5100亿元、年均增长6.8%，"
                                + "一般公共预算收入由240亿元增加到350亿元、年均增长7.9%，外贸出口总值达到900亿元、年均增长5%。"
                                + "2020年，地区生产总值增长3.0%，一般公共预算收入增长1.5%。",
                        "地区生产总值增长6%左右"),
                Fact.Role.actual);
        assertThat(only(a, "gdp").value()).isEqualTo(3.0);
        assertThat(only(a, "gdp").levelValue()).isEqualTo(5100.0);
        assertThat(only(a, "public_budget_revenue").levelValue()).isEqualTo(350.0);
        assertThat(a).extracting(Fact::indicator).doesNotContain("exports");
    }

    @Test
    void aLevelIndicatorsLevelFromALaterClauseAndAGrowthPastAnAsideOrAShare() {
        List<Fact> a = review2020("粮食产量再创历史新高，达到52.6亿斤。外贸进出口在出口订单下降的情况下增长4.2%。" + "地区生产总值达到2100亿元，占全省比重18.5%，增长3.6%。");
        assertThat(only(a, "grain_output").value()).isEqualTo(52.6);
        assertThat(only(a, "foreign_trade").value()).isEqualTo(4.2);
        assertThat(only(a, "foreign_trade").direction()).isEqualTo(Fact.Direction.increase);
        assertThat(only(a, "gdp").value()).isEqualTo(3.6);
        assertThat(only(a, "gdp").levelValue()).isEqualTo(2100.0);
    }

    @Test
    void aFigureStatedExactlyReplacesAnEarlierBound() {
        List<Fact> a = review2020("城镇化率突破60%，居民消费价格涨幅控制在3%以内。全年城镇化率达到60.8%，居民消费价格上涨1.9%。");
        // The mark passed stays beside it as a milestone; the cap (以内) is no milestone and is gone.
        assertThat(only(a.stream().filter(f -> !f.milestone()).toList(), "urbanization_rate")
                        .value())
                .isEqualTo(60.8);
        assertThat(only(a, "cpi").value()).isEqualTo(1.9);
    }

    @Test
    void anIncreaseByAnAmountIsNotTheLevelBesideAGrowth() {
        List<Fact> a = review2020("城乡居民人均可支配收入分别增长5.1%和7.3%。城乡居民人均可支配收入分别增加2100元、1300元。");
        assertThat(only(a, "urban_disposable_income").value()).isEqualTo(5.1);
        assertThat(only(a, "urban_disposable_income").levelValue()).isNull();
        assertThat(only(a, "rural_disposable_income").levelValue()).isNull();
    }

    @Test
    void averageGrowthsAfterAListOfLevelsAreNotTheYearsRespectiveGrowths() {
        List<Fact> a = review2020("全部财政收入达到420亿元，其中一般公共预算收入完成236亿元，年均分别增长9%、11%。");
        assertThat(only(a, "public_budget_revenue").kind()).isEqualTo(Fact.Kind.level);
        assertThat(only(a, "public_budget_revenue").value()).isEqualTo(236.0);
    }

    @Test
    void aShortBracketAfterANameIsPartOfIt() {
        List<Fact> t = facts(
                Reports.report("洛阳市", 2021, "地区生产总值增长3%。", "居民消费价格指数（CPI）涨幅在3％以内，地区生产总值(GDP)增长6%左右"), Fact.Role.target);
        assertThat(only(t, "cpi").comparator()).isEqualTo(Comparator.le);
        assertThat(only(t, "gdp").value()).isEqualTo(6.0);
    }
}
