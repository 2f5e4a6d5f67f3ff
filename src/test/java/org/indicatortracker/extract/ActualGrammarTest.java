package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Reports.actuals;
import static org.indicatortracker.testing.Reports.only;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActualGrammarTest {

    @Test
    void levelAndGrowthOfOneIndicatorMakeOneFact() {
        Fact gdp = only(actuals("全市地区生产总值完成3021.4亿元，同比增长4.9%；一般公共预算收入201.7亿元，增长2.2%。"), "gdp");
        assertThat(gdp.value()).isEqualTo(4.9);
        assertThat(gdp.unit()).isEqualTo("%");
        assertThat(gdp.kind()).isEqualTo(Fact.Kind.growth);
        assertThat(gdp.levelValue()).isEqualTo(3021.4);
        assertThat(gdp.levelUnit()).isEqualTo("亿元");
        assertThat(gdp.year()).isEqualTo(2023);
        assertThat(gdp.role()).isEqualTo(Fact.Role.actual);
    }

    @Test
    void separatorsOfEveryKindKeepTheSubject() {
        List<Fact> a = actuals("完成一般公共预算收入88.3亿元、增长7.1%,社会消费品零售总额540亿元,增长5.5%。");
        assertThat(only(a, "public_budget_revenue").value()).isEqualTo(7.1);
        assertThat(only(a, "retail_sales").value()).isEqualTo(5.5);
        assertThat(only(a, "retail_sales").levelValue()).isEqualTo(540.0);
    }

    @Test
    void comparableGrowthAndDeclineAreRead() {
        List<Fact> a = actuals("地区生产总值可比增长3.6%，规模以上工业增加值下降0.4%。");
        assertThat(only(a, "gdp").value()).isEqualTo(3.6);
        Fact industry = only(a, "industry_value_added");
        assertThat(industry.direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(industry.value()).isEqualTo(0.4);
    }

    @Test
    void fenbieListsGiveEachIndicatorItsFigure() {
        List<Fact> a = actuals("第一产业、规模以上工业、服务业增加值分别增长3.1%、8.8%、6.0%。");
        assertThat(only(a, "primary_industry_value_added").value()).isEqualTo(3.1);
        assertThat(only(a, "industry_value_added").value()).isEqualTo(8.8);
        assertThat(only(a, "service_value_added").value()).isEqualTo(6.0);
    }

    @Test
    void urbanAndRuralIncomeLevelsAndGrowthsPairUp() {
        List<Fact> a = actuals("城镇、农村居民人均可支配收入分别达46012元、21780元,分别增长4.8%、7.2%。");
        Fact urban = only(a, "urban_disposable_income");
        assertThat(urban.value()).isEqualTo(4.8);
        assertThat(urban.levelValue()).isEqualTo(46012.0);
        assertThat(only(a, "rural_disposable_income").value()).isEqualTo(7.2);
        assertThat(only(a, "rural_disposable_income").levelValue()).isEqualTo(21780.0);
    }

    @Test
    void sentenceInitialEstimateCoversTheWholeList() {
        List<Fact> a = actuals("预计全年地区生产总值增长5%左右,固定资产投资增长4%,社会消费品零售总额增长6%。城镇新增就业2.1万人。");
        assertThat(only(a, "gdp").estimate()).isTrue();
        assertThat(only(a, "gdp").comparator()).isEqualTo(Comparator.approx);
        assertThat(only(a, "retail_sales").estimate()).isTrue();
        assertThat(only(a, "new_urban_jobs").estimate()).isFalse();
    }

    @Test
    void estimateForAllThatFollowsReachesIntoTheBody() {
        List<Fact> a = actuals("预计(下同)全年实现地区生产总值900亿元左右、增长6.1%。\n（二）项目建设。全社会固定资产投资增长9%。");
        assertThat(only(a, "fixed_asset_investment").estimate()).isTrue();
    }

    @Test
    void aSubIndicatorIsNotTheIndicator() {
        List<Fact> a = actuals("固定资产投资增长3.3%，其中制造业投资增长21.4%；实际利用省外资金412亿元。");
        assertThat(only(a, "fixed_asset_investment").value()).isEqualTo(3.3);
        assertThat(only(a, "manufacturing_investment").value()).isEqualTo(21.4);
        assertThat(a).extracting(Fact::indicator).doesNotContain("foreign_investment");
    }

    @Test
    void localFiscalRevenueIsNotTotalFiscalRevenue() {
        List<Fact> a = actuals("一般公共预算总收入610.2亿元,增长9.9%;地方一般公共预算收入388.5亿元,增长6.6%。");
        assertThat(only(a, "public_budget_total_revenue").value()).isEqualTo(9.9);
        assertThat(only(a, "public_budget_revenue").value()).isEqualTo(6.6);
    }

    @Test
    void fiveYearAverageIsNotLastYearsFigure() {
        List<Fact> a = actuals("五年来，地区生产总值年均增长6.2%。");
        assertThat(a).extracting(Fact::indicator).doesNotContain("gdp");
    }

    @Test
    void partOfYearAndOtherYearsAreLeftOut() {
        List<Fact> a = actuals("前三季度规模以上工业增加值增长9.1%。2021年地区生产总值增长8.0%。");
        assertThat(a).extracting(Fact::indicator).doesNotContain("industry_value_added", "gdp");
    }

    @Test
    void aCountysFigureInACitysReportIsNotTheCitys() {
        List<Fact> a = actuals("示范县地区生产总值增长7.7%。全市地区生产总值增长5.2%。");
        assertThat(only(a, "gdp").value()).isEqualTo(5.2);
    }

    @Test
    void aNounBetweenIndicatorAndFigureNamesAnotherSubject() {
        List<Fact> a = actuals("进出口实绩企业超过800家。外贸进出口总额完成72.5亿元。");
        Fact trade = only(a, "foreign_trade");
        assertThat(trade.value()).isEqualTo(72.5);
        assertThat(trade.unit()).isEqualTo("亿元");
    }

    @Test
    void aBoundedActualKeepsItsQualifier() {
        Fact grain = only(actuals("粮食总产量稳定在30亿斤以上。"), "grain_output");
        assertThat(grain.comparator()).isEqualTo(Comparator.ge);
        assertThat(grain.value()).isEqualTo(30.0);
    }

    @Test
    void grainWordsAcrossAClauseStillNameGrain() {
        Fact grain = only(actuals("粮食生产再获丰收,总产达到12.4亿斤。"), "grain_output");
        assertThat(grain.value()).isEqualTo(12.4);
    }
}
