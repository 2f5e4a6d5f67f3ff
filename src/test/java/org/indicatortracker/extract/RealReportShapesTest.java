package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Reports.actuals;
import static org.indicatortracker.testing.Reports.facts;
import static org.indicatortracker.testing.Reports.only;
import static org.indicatortracker.testing.Reports.targets;

import java.util.List;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

/** Shapes that real reports take and the seeds did not show, each in a sentence of our own. */
class RealReportShapesTest {
    private static String report(String body) {
        return "政府工作报告\n——2021年1月12日在株洲市第十五届人民代表大会第六次会议上\n各位代表：\n" + body;
    }

    @Test
    void aTargetListRunsOverTheSentencesOfItsLine() {
        List<Fact> t = targets("地区生产总值增长5.5%—6%，在实际工作中努力争取更好结果。规模以上工业增加值增长7.5%左右，固定资产投资增长8%");
        assertThat(only(t, "gdp").comparator()).isEqualTo(Comparator.range);
        assertThat(only(t, "industry_value_added").value()).isEqualTo(7.5);
        assertThat(only(t, "fixed_asset_investment").value()).isEqualTo(8.0);
    }

    @Test
    void theLeadInOfThePlanPeriodsGoalsIsNotTheYears() {
        List<Fact> t = facts(
                report("一、2020年和“十三五”工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、“十四五”时期的目标任务\n“十四五”时期全市经济社会发展的主要目标是：地区生产总值年均增长7%。\n"
                        + "三、2021年重点工作\n2021年经济社会发展的主要预期目标是：地区生产总值增长8%以上，固定资产投资增长10%。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(8.0);
        assertThat(only(t, "gdp").comparator()).isEqualTo(Comparator.ge);
    }

    @Test
    void fenDouMuBiaoLeadsATargetList() {
        List<Fact> t = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长4.1%。\n二、2021年工作安排\n"
                        + "今年经济社会发展的奋斗目标是：地区生产总值增长7%以上，城镇调查失业率控制在5.5%以内。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(7.0);
        assertThat(only(t, "surveyed_unemployment").comparator()).isEqualTo(Comparator.le);
    }

    @Test
    void relativeTargetsAgainstGrowthAndAverages() {
        List<Fact> t = targets("居民人均可支配收入增速高于经济增速，进出口总额增速高于全国平均水平，城镇调查失业率低于全省平均水平");
        Fact income = only(t, "disposable_income");
        assertThat(income.kind()).isEqualTo(Fact.Kind.relative);
        assertThat(income.relativeTo()).isEqualTo("gdp");
        assertThat(income.comparator()).isEqualTo(Comparator.ge);
        assertThat(only(t, "foreign_trade").relativeTo()).isEqualTo("nation");
        assertThat(only(t, "foreign_trade").comparator()).isEqualTo(Comparator.ge);
        assertThat(only(t, "surveyed_unemployment").relativeTo()).isEqualTo("province");
        assertThat(only(t, "surveyed_unemployment").comparator()).isEqualTo(Comparator.le);
    }

    @Test
    void namesJoinedInAReviewShareTheFiguresThatFollowInOrder() {
        List<Fact> a = actuals("全年地区生产总值、一般公共预算收入和固定资产投资分别增长6.2%、0.7%、16.1%。");
        assertThat(only(a, "gdp").value()).isEqualTo(6.2);
        assertThat(only(a, "public_budget_revenue").value()).isEqualTo(0.7);
        assertThat(only(a, "fixed_asset_investment").value()).isEqualTo(16.1);
    }

    @Test
    void figuresOfSeveralYearsAreNotTheReviewedYears() {
        List<Fact> a = actuals("粮食产量连续10年保持在140亿斤以上，五年实际利用外资48.3亿美元，居民收入年均增长8%。地区生产总值增长5.1%。");
        assertThat(a).extracting(Fact::indicator).containsExactly("gdp");
    }

    @Test
    void anUnnumberedReviewHeadingAndAReviewThatStopsAtTheNextPart() {
        List<Fact> a = facts(
                report("2020年工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、今后五年奋斗目标\n到2025年，固定资产投资突破3000亿元。\n"
                        + "三、2021年工作安排\n今年主要预期目标是：地区生产总值增长7%以上。\n"),
                Fact.Role.actual);
        assertThat(a).extracting(Fact::indicator).containsExactly("gdp");
        assertThat(only(a, "gdp").year()).isEqualTo(2020);
    }

    @Test
    void aGrowthFigureTakesThePlaceOfAnEarlierBareLevel() {
        Fact gdp = only(actuals("全市经济总量达到2.67万亿元。一年来，地区生产总值增长4.7%。"), "gdp");
        assertThat(gdp.value()).isEqualTo(4.7);
        assertThat(gdp.unit()).isEqualTo("%");
        assertThat(gdp.levelValue()).isEqualTo(2.67);
        assertThat(gdp.levelUnit()).isEqualTo("万亿元");
    }

    @Test
    void aGrowthThatIsComparedWithIsNotReported() {
        List<Fact> a = actuals("县域经济增速高于全省经济增速0.4个百分点，地区生产总值增长5.2%。");
        assertThat(only(a, "gdp").value()).isEqualTo(5.2);
    }

    @Test
    void aListUnderAPlanPeriodsHeadingIsNotTheYearsAndAnEarlyListIsThePlans() {
        List<Fact> t = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、“十四五”时期主要目标\n主要目标是：地区生产总值增长6.5%以上，固定资产投资增长8%。\n"
                        + "三、2021年经济社会发展总体思路和目标要求\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，固定资产投资增长9%。\n"
                        + "四、2021年重点工作\n（一）扩大有效投资。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(7.0);
        assertThat(only(t, "fixed_asset_investment").value()).isEqualTo(9.0);
        // The period's list is the period's goals, apart from the year's.
        assertThat(Reports.ofPeriod(t, "gdp").period()).isEqualTo("2021-2025");
        assertThat(Reports.ofPeriod(t, "gdp").value()).isEqualTo(6.5);
        assertThat(Reports.ofPeriod(t, "gdp").year()).isEqualTo(2025);
    }

    @Test
    void aPartHeadedAsThePeriodsGoodStartIsTheYearsWork() {
        List<Fact> t = facts(
                report("一、2020年和“十三五”工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、奋力实现“十四五”良好开局\n2021年的主要预期目标是：地区生产总值增长8%左右，固定资产投资增长9%。"
                        + "城镇调查失业率低于全省平均水平。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").comparator()).isEqualTo(Comparator.approx);
        assertThat(only(t, "surveyed_unemployment").relativeTo()).isEqualTo("province");
    }

    @Test
    void aPeriodsGoalsUnderItsHeadingAreReadFromBulletsAndParagraphs() {
        List<Fact> t = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、“十四五”时期的奋斗目标\n今后五年，我们要努力实现以下目标：\n"
                        + "——经济保持稳定增长，地区生产总值年均增长6%左右。\n——常住人口城镇化率达到70%。\n"
                        + "三、2021年主要工作\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(7.0);
        assertThat(Reports.ofPeriod(t, "gdp").value()).isEqualTo(6.0);
        assertThat(Reports.ofPeriod(t, "urbanization_rate").value()).isEqualTo(70.0);
        assertThat(t)
                .filteredOn(f -> f.period() != null)
                .extracting(Fact::period)
                .containsOnly("2021-2025");
    }

    @Test
    void theYearsPartHeadedAsThePeriodsGoodStartSetsNoPeriodGoals() {
        List<Fact> t = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长4.1%。\n"
                        + "二、以高质量发展为“十四五”开好局\n今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，"
                        + "城镇调查失业率控制在5.5%以内。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(7.0);
        assertThat(t).noneMatch(f -> f.period() != null);
    }

    @Test
    void anAverageGrowthInThePeriodsLastReviewIsThePeriodsUnlessItNamesOtherYears() {
        List<Fact> a = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长3.9%。各项事业全面进步，地区生产总值年均增长7.2%。"
                        + "固定资产投资总量比2010年翻了一番，年均增长9%。\n二、2021年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n"),
                Fact.Role.actual);
        assertThat(only(a, "gdp").value()).isEqualTo(3.9);
        assertThat(Reports.ofPeriod(a, "gdp").value()).isEqualTo(7.2);
        assertThat(Reports.ofPeriod(a, "gdp").period()).isEqualTo("2016-2020");
        assertThat(a).noneMatch(f -> f.indicator().equals("fixed_asset_investment") && f.period() != null);
    }

    @Test
    void theQualifierAfterTheLastFigureOfARespectiveListIsEveryFiguresThatHasNone() {
        List<Fact> t = targets("城乡居民人均可支配收入分别增长6.5%、7.5%左右，研发投入、技改投资、工业投资分别增长12%、9%和6%以上");
        assertThat(only(t, "urban_disposable_income").comparator()).isEqualTo(Comparator.approx);
        assertThat(only(t, "urban_disposable_income").value()).isEqualTo(6.5);
        assertThat(only(t, "rural_disposable_income").comparator()).isEqualTo(Comparator.approx);
        List<Fact> own = targets("城镇、农村居民人均可支配收入分别增长7%和7%以上");
        assertThat(only(own, "urban_disposable_income").comparator()).isEqualTo(Comparator.eq);
        assertThat(only(own, "rural_disposable_income").comparator()).isEqualTo(Comparator.ge);
    }

    @Test
    void urbanAndRuralIncomeWithOneFigureIsTheResidentsIncomeAndSplitsOnlyForEach() {
        assertThat(only(targets("城乡居民人均可支配收入增长7%"), "disposable_income").value())
                .isEqualTo(7.0);
        Fact relative = only(targets("城乡居民人均可支配收入增速高于经济增速"), "disposable_income");
        assertThat(relative.kind()).isEqualTo(Fact.Kind.relative);
        assertThat(relative.comparator()).isEqualTo(Comparator.ge);
        List<Fact> each = targets("城乡居民人均可支配收入分别增长6%、8%");
        assertThat(each)
                .extracting(Fact::indicator)
                .containsExactly("urban_disposable_income", "rural_disposable_income");
        assertThat(only(actuals("城乡居民人均可支配收入稳步增长。"), "disposable_income").kind())
                .isEqualTo(Fact.Kind.qualitative);
        List<Fact> both = actuals("城乡居民人均可支配收入均增长8.5%。");
        assertThat(only(both, "urban_disposable_income").value()).isEqualTo(8.5);
        assertThat(only(both, "rural_disposable_income").value()).isEqualTo(8.5);
    }

    @Test
    void namesThatShareTheirEndAreSplitOverTheList() {
        List<Fact> a = actuals("城镇、农村常住居民人均可支配收入分别增长4.6%和6.9%。");
        assertThat(only(a, "urban_disposable_income").value()).isEqualTo(4.6);
        assertThat(only(a, "rural_disposable_income").value()).isEqualTo(6.9);
        List<Fact> b = actuals("城镇和农村居民人均可支配收入分别增长5%、7%。");
        assertThat(only(b, "urban_disposable_income").value()).isEqualTo(5.0);
        assertThat(only(b, "rural_disposable_income").value()).isEqualTo(7.0);
    }

    @Test
    void aGrowthSaidToBeFlatIsAGrowthOfZero() {
        List<Fact> t = targets("地区生产总值增长5%左右，实际利用外资、出口总额与上年持平");
        assertThat(only(t, "foreign_investment").kind()).isEqualTo(Fact.Kind.growth);
        assertThat(only(t, "foreign_investment").value()).isEqualTo(0.0);
        assertThat(only(t, "exports").comparator()).isEqualTo(Comparator.eq);
        assertThat(only(t, "exports").unit()).isEqualTo("%");
        assertThat(actuals("进出口总额持平于全省平均水平。")).extracting(Fact::value).doesNotContain(0.0);
        assertThat(only(targets("地区生产总值增长6%，进出口总值保持平稳增长"), "foreign_trade").kind())
                .isEqualTo(Fact.Kind.qualitative);
    }

    @Test
    void anItemWhoseSubjectTheLexiconDoesNotKnowSetsAGoalUnderItsOwnName() {
        List<Fact> t = targets("地区生产总值增长6%左右，人口自然增长率控制在7‰以内，"
                + "高新技术产业投资、工业技改投资分别增长12%和8%以上，二氧化硫、氮氧化物排放量分别削减2%、3%，"
                + "全员劳动生产率11.2万元/人左右，新建5G基站3000个");
        assertThat(only(t, "人口自然增长率").comparator()).isEqualTo(Comparator.le);
        assertThat(only(t, "高新技术产业投资").value()).isEqualTo(12.0);
        assertThat(only(t, "工业技改投资").comparator()).isEqualTo(Comparator.ge);
        assertThat(only(t, "二氧化硫排放量").direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(only(t, "氮氧化物排放量").value()).isEqualTo(3.0);
        assertThat(only(t, "氮氧化物排放量").direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(only(t, "全员劳动生产率").unit()).isEqualTo("万元/人");
        assertThat(t).extracting(Fact::indicator).noneMatch(i -> i.contains("基站"));
    }

    @Test
    void theReviewsFigureForAnIndicatorThePlanNamesInItsOwnWordsIsRead() {
        String text = Reports.report(
                "洛阳市",
                2024,
                "全年地区生产总值增长6%。工业投资、工业技改投资、民间投资分别增长8%、10.7%、10.8%。森林覆盖率达到44.5%。",
                "地区生产总值增长6%左右，工业技改投资增长9%，森林覆盖率达到45%");
        List<Fact> a = facts(text, Fact.Role.actual);
        assertThat(only(a, "工业技改投资").value()).isEqualTo(10.7);
        assertThat(only(a, "森林覆盖率").value()).isEqualTo(44.5);
        assertThat(a).extracting(Fact::indicator).doesNotContain("民间投资", "工业投资");
    }

    @Test
    void aMarkdownCopyWithoutPlanHeadingOrLeadInStillGivesItsReviewAndItsPlannedGoal() {
        String text = "政府工作报告\n——1996年3月5日在第八届全国人民代表大会第四次会议上\n各位代表：\n"
                + "## 一、1995年工作的回顾\n国内生产总值达到57000多亿元，比上年增长10.2%。\n"
                + "## 二、保持经济平稳较快发展\n综合各方面条件，国家计划要求今年的国内生产总值比上年增长百分之八。\n"
                + "## 三、深化改革\n加快国有企业改革。\n";
        assertThat(only(facts(text, Fact.Role.actual), "gdp").value()).isEqualTo(10.2);
        assertThat(only(facts(text, Fact.Role.target), "gdp").value()).isEqualTo(8.0);
    }

    @Test
    void leadInsOfTheYearsIndicatorsAndAListThatSetsAveragesIsAPeriods() {
        List<Fact> t = facts(
                report("一、2020年工作回顾\n全市地区生产总值增长4.1%。\n二、“十四五”时期主要目标任务和2021年重点工作\n"
                        + "《纲要》提出了经济社会发展主要指标：一是围绕经济发展，提出8项指标，其中地区生产总值年均增长6%，城镇调查失业率控制在5.5%以内。\n"
                        + "今年经济社会发展主要预期目标和约束性指标：地区生产总值增长6.5%以上，固定资产投资增长8%。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(6.5);
        assertThat(t.stream().filter(f -> f.period() == null))
                .extracting(Fact::indicator)
                .doesNotContain("surveyed_unemployment");
    }

    @Test
    void aListOfThePlannedYearInAPeriodsSentenceIsTheYears() {
        List<Fact> t = facts(
                report("一、2021年工作回顾\n全市地区生产总值增长7.1%。\n二、2022年工作安排\n"
                        + "聚焦未来五年发展目标，建议2022年全市经济社会发展主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%。\n"),
                Fact.Role.target);
        assertThat(only(t, "gdp").value()).isEqualTo(7.0);
    }
}
