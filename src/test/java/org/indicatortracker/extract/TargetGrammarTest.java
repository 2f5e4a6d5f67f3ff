package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Reports.only;
import static org.indicatortracker.testing.Reports.targets;

import java.util.List;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

class TargetGrammarTest {

    @Test
    void bareGrowthFigureIsAnEqualityTarget() {
        Fact f = only(targets("地区生产总值增长6%，社会消费品零售总额增长7.5%"), "gdp");
        assertThat(f.kind()).isEqualTo(Fact.Kind.growth);
        assertThat(f.comparator()).isEqualTo(Comparator.eq);
        assertThat(f.value()).isEqualTo(6.0);
        assertThat(f.unit()).isEqualTo("%");
        assertThat(f.year()).isEqualTo(2024);
        assertThat(f.region()).isEqualTo("洛阳市");
    }

    @Test
    void yiShangIsAFloorAndZuoYouIsApproximate() {
        List<Fact> t = targets("固定资产投资增长8%以上，规上工业增加值增长6.5%左右");
        assertThat(only(t, "fixed_asset_investment").comparator()).isEqualTo(Comparator.ge);
        assertThat(only(t, "industry_value_added").comparator()).isEqualTo(Comparator.approx);
        assertThat(only(t, "industry_value_added").value()).isEqualTo(6.5);
    }

    @Test
    void ceilingWordsGiveLessOrEqual() {
        List<Fact> t = targets("城镇调查失业率控制在5.5%以内，城镇登记失业率不超过4%");
        Fact surveyed = only(t, "surveyed_unemployment");
        assertThat(surveyed.comparator()).isEqualTo(Comparator.le);
        assertThat(surveyed.kind()).isEqualTo(Fact.Kind.rate);
        assertThat(only(t, "registered_unemployment").comparator()).isEqualTo(Comparator.le);
    }

    @Test
    void controlledAroundIsApproximateNotCeiling() {
        Fact cpi = only(targets("居民消费价格涨幅控制在3%左右"), "cpi");
        assertThat(cpi.comparator()).isEqualTo(Comparator.approx);
        assertThat(cpi.kind()).isEqualTo(Fact.Kind.growth);
    }

    @Test
    void decreaseCarriesTheSizeOfTheDecrease() {
        Fact energy = only(targets("单位地区生产总值能耗下降2.8%"), "energy_intensity");
        assertThat(energy.direction()).isEqualTo(Fact.Direction.decrease);
        assertThat(energy.value()).isEqualTo(2.8);
    }

    @Test
    void rangesInEveryDashKeepBothEnds() {
        List<Fact> t = targets("地区生产总值增长6%－6.5%，一般公共预算收入增长6.5-7%，社会消费品零售总额增长4.5%—5%");
        assertThat(only(t, "gdp").comparator()).isEqualTo(Comparator.range);
        assertThat(only(t, "gdp").value()).isEqualTo(6.0);
        assertThat(only(t, "gdp").valueHigh()).isEqualTo(6.5);
        assertThat(only(t, "public_budget_revenue").valueHigh()).isEqualTo(7.0);
        assertThat(only(t, "retail_sales").value()).isEqualTo(4.5);
        assertThat(only(t, "retail_sales").valueHigh()).isEqualTo(5.0);
    }

    @Test
    void fenbieSplitsUrbanAndRuralIncomeWithTheirOwnComparators() {
        List<Fact> t = targets("城乡居民人均可支配收入分别增长5%左右和7%以上");
        Fact urban = only(t, "urban_disposable_income");
        Fact rural = only(t, "rural_disposable_income");
        assertThat(urban.value()).isEqualTo(5.0);
        assertThat(urban.comparator()).isEqualTo(Comparator.approx);
        assertThat(rural.value()).isEqualTo(7.0);
        assertThat(rural.comparator()).isEqualTo(Comparator.ge);
        assertThat(rural.kind()).isEqualTo(Fact.Kind.growth);
    }

    @Test
    void twoRatesNamedTogetherTakeTheirFiguresInOrder() {
        List<Fact> t = targets("城镇登记失业率、城镇调查失业率控制在4%以内、5.5%以内");
        assertThat(only(t, "registered_unemployment").value()).isEqualTo(4.0);
        assertThat(only(t, "surveyed_unemployment").value()).isEqualTo(5.5);
    }

    @Test
    void incomeInStepWithGrowthIsRelativeToGdp() {
        Fact income = only(targets("居民收入增长与经济增长基本同步"), "disposable_income");
        assertThat(income.kind()).isEqualTo(Fact.Kind.relative);
        assertThat(income.relativeTo()).isEqualTo("gdp");
        assertThat(income.comparator()).isEqualTo(Comparator.approx);
        assertThat(targets("居民收入增长与经济增长基本同步")).extracting(Fact::indicator).doesNotContain("gdp");
    }

    @Test
    void notBelowTheProvincialAverageIsRelativeToTheProvince() {
        Fact exports = only(targets("出口总额增长不低于全省平均水平"), "exports");
        assertThat(exports.kind()).isEqualTo(Fact.Kind.relative);
        assertThat(exports.relativeTo()).isEqualTo("province");
        assertThat(exports.comparator()).isEqualTo(Comparator.ge);
    }

    @Test
    void itemsWithoutFiguresAreQualitative() {
        List<Fact> t = targets("进出口稳中提质，国际收支基本平衡，完成省下达的节能减排任务");
        assertThat(only(t, "foreign_trade").kind()).isEqualTo(Fact.Kind.qualitative);
        assertThat(only(t, "foreign_trade").comparator()).isEqualTo(Comparator.none);
        assertThat(only(t, "balance_of_payments").kind()).isEqualTo(Fact.Kind.qualitative);
        assertThat(only(t, "energy_saving").kind()).isEqualTo(Fact.Kind.qualitative);
    }

    @Test
    void positiveGrowthIsAboveZero() {
        Fact fdi = only(targets("实际使用外资实现正增长"), "foreign_investment");
        assertThat(fdi.comparator()).isEqualTo(Comparator.gt);
        assertThat(fdi.value()).isEqualTo(0.0);
    }

    @Test
    void levelsKeepTheirUnitsAsPrinted() {
        List<Fact> t = targets("城镇新增就业1.2万人以上，粮食产量稳定在95万吨以上，进出口总额达到1.1万亿元");
        Fact jobs = only(t, "new_urban_jobs");
        assertThat(jobs.kind()).isEqualTo(Fact.Kind.level);
        assertThat(jobs.unit()).isEqualTo("万人");
        assertThat(jobs.comparator()).isEqualTo(Comparator.ge);
        assertThat(only(t, "grain_output").unit()).isEqualTo("万吨");
        assertThat(only(t, "foreign_trade").unit()).isEqualTo("万亿元");
    }

    @Test
    void chineseNumeralsAreRead() {
        List<Fact> t = targets("城镇新增就业一千二百万人以上，赤字率按百分之三安排");
        assertThat(only(t, "new_urban_jobs").value()).isEqualTo(1200.0);
        assertThat(only(t, "new_urban_jobs").unit()).isEqualTo("万人");
        assertThat(only(t, "deficit_ratio").value()).isEqualTo(3.0);
    }

    @Test
    void percentagePointsAreNeverPercent() {
        Fact rd = only(targets("研发投入强度提高0.2个百分点"), "rd_intensity");
        assertThat(rd.unit()).isEqualTo("个百分点");
    }

    @Test
    void clauseTextAndOffsetsPointIntoThePublishedText() {
        String text = Reports.report("洛阳市", 2024, "过去一年，经济稳中有进。", "地区生产总值增长 5.5 %左右");
        Fact gdp = only(Reports.facts(text, Fact.Role.target), "gdp");
        assertThat(text.substring(gdp.start(), gdp.end())).isEqualTo(gdp.text()).isEqualTo("地区生产总值增长 5.5 %左右");
    }

    @Test
    void unheadedTargetListIsFoundByItsFigures() {
        String text = "政府工作报告\n——2024年1月8日在洛阳市第五届人民代表大会第三次会议上\n一、2023年工作回顾\n经济稳中有进。\n"
                + "二、2024年工作安排\n今年全市地区生产总值增长6%左右，规模以上工业增加值增长7%，固定资产投资增长8%，社会消费品零售总额增长6%。\n";
        List<Fact> t = Reports.facts(text, Fact.Role.target);
        assertThat(t)
                .extracting(Fact::indicator)
                .containsExactly("gdp", "industry_value_added", "fixed_asset_investment", "retail_sales");
    }

    @Test
    void basisWordsAndTwoVerbsBeforeTheFigureStillBelongToTheIndicator() {
        List<Fact> t = targets("一般公共预算收入同口径增长5%，地区生产总值增速为6%左右，社会消费品零售总额增长达到7%");
        assertThat(only(t, "public_budget_revenue").value()).isEqualTo(5.0);
        assertThat(only(t, "gdp").value()).isEqualTo(6.0);
        assertThat(only(t, "retail_sales").value()).isEqualTo(7.0);
    }

    @Test
    void threeIndicatorsNamedTogetherShareTheirFiguresInOrder() {
        List<Fact> t = targets("规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、10%、7%左右，进出口总额、实际利用外资保持稳定");
        assertThat(only(t, "industry_value_added").value()).isEqualTo(8.0);
        assertThat(only(t, "fixed_asset_investment").value()).isEqualTo(10.0);
        assertThat(only(t, "retail_sales").value()).isEqualTo(7.0);
        assertThat(only(t, "foreign_trade").kind()).isEqualTo(Fact.Kind.qualitative);
        assertThat(only(t, "foreign_investment").kind()).isEqualTo(Fact.Kind.qualitative);
    }

    @Test
    void aStretchGoalAfterTheTargetIsNotASecondTarget() {
        Fact gdp = only(targets("全市生产总值增长6.5%以上、力争7%"), "gdp");
        assertThat(gdp.value()).isEqualTo(6.5);
        assertThat(gdp.comparator()).isEqualTo(Comparator.ge);
    }
}
