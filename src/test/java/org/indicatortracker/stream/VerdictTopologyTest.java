package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicatortracker.extract.Fact;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.testing.TopologyRun;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each verdict rule, end to end through the topology: a plan report, then the report that reviews it. */
class VerdictTopologyTest {
    private TopologyRun run;

    @BeforeEach
    void start() {
        run = new TopologyRun();
    }

    @AfterEach
    void stop() {
        run.close();
    }

    private void publish(String id, String source, Integer year, String text) {
        run.publish(new ReportEnvelope(id, null, year, null, source, text));
    }

    /** Publishes a 2023 plan with {@code targets} and a 2024 report whose review is {@code review}. */
    private GoalStatus verdict(String targets, String review, String indicator) {
        publish("plan", null, null, Reports.report("洛阳市", 2023, "过去一年经济平稳。", targets));
        publish("review", null, null, Reports.report("洛阳市", 2024, review, "地区生产总值增长5%"));
        return goal(indicator);
    }

    private GoalStatus goal(String indicator) {
        return run.goal("洛阳市|2023|" + indicator);
    }

    @Test
    void metWhenTheActualReachesTheTarget() {
        GoalStatus s = verdict("地区生产总值增长6%以上", "全市地区生产总值增长6.3%。", "gdp");
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.margin()).isEqualTo(0.3);
        assertThat(s.rule()).contains("目标：").contains("实际：").contains("→ 完成");
    }

    @Test
    void missedWhenTheActualFallsShort() {
        GoalStatus s = verdict("地区生产总值增长6.5%", "全市地区生产总值增长5.1%。", "gdp");
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.rule()).contains("差距 −1.4 个百分点").contains("未完成");
        assertThat(s.target().text()).isEqualTo("地区生产总值增长6.5%");
        assertThat(s.actual().text()).isEqualTo("地区生产总值增长5.1%");
    }

    @Test
    void metWithinToleranceOfAnApproximateTarget() {
        GoalStatus s = verdict("地区生产总值增长7.5%左右", "全市地区生产总值增长7.4%。", "gdp");
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.rule()).contains("容差");
    }

    @Test
    void ceilingIndicatorIsMetBelowItsCap() {
        assertThat(verdict("居民消费价格涨幅3%左右", "居民消费价格上涨2.1%。", "cpi").status()).isEqualTo(Status.MET);
    }

    @Test
    void ceilingIndicatorIsMissedAboveItsCap() {
        assertThat(verdict("城镇调查失业率控制在5.5%以内", "城镇调查失业率5.8%。", "surveyed_unemployment")
                        .status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void rangeIsMetAtItsLowEnd() {
        assertThat(verdict("地区生产总值增长6%-6.5%", "全市地区生产总值增长6.1%。", "gdp").status())
                .isEqualTo(Status.MET);
    }

    @Test
    void decreaseTargetComparesTheSizeOfTheDecrease() {
        GoalStatus s = verdict("单位地区生产总值能耗下降3%", "单位地区生产总值能耗下降2.2%。", "energy_intensity");
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.margin()).isEqualTo(0.8);
    }

    @Test
    void relativeTargetJoinsTheGdpGrowthOfTheSameYear() {
        GoalStatus s = verdict("居民收入增长和经济增长同步", "全市地区生产总值增长5.0%；居民人均可支配收入增长5.9%。", "disposable_income");
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.rule()).contains("地区生产总值增速 5%");
    }

    @Test
    void relativeToTheProvinceWaitsForTheProvincesReport() {
        GoalStatus s = verdict("出口总额增长不低于全省平均水平", "出口总额增长8%。", "exports|vs-province");
        assertThat(s.status()).isEqualTo(Status.PENDING);
        assertThat(s.rule()).contains("洛阳市8%").contains("等待河南省回顾2023年的报告");
    }

    @Test
    void growthTargetWithOnlyALevelReportedIsNotAGuess() {
        GoalStatus s = verdict("进出口总额增长6%", "全市进出口总额完成320亿元。", "foreign_trade");
        assertThat(s.status()).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(s.rule()).contains("度量不同");
    }

    @Test
    void unreportedWhenTheReviewIsSilent() {
        assertThat(verdict("一般公共预算收入增长5%", "全市地区生产总值增长5.0%。", "public_budget_revenue")
                        .status())
                .isEqualTo(Status.UNREPORTED);
    }

    @Test
    void anEstimateIsSupersededByALaterFinalFigure() {
        GoalStatus estimated = verdict("地区生产总值增长6%", "预计全市地区生产总值增长6.2%。", "gdp");
        assertThat(estimated.status()).isEqualTo(Status.MET);
        assertThat(estimated.actual().estimate()).isTrue();
        publish("bulletin", "report", 2024, Reports.report("洛阳市", 2024, "经核实，全市地区生产总值增长5.6%。", "地区生产总值增长5%"));
        GoalStatus fin = goal("gdp");
        assertThat(fin.status()).isEqualTo(Status.MISSED);
        assertThat(fin.actual().estimate()).isFalse();
        assertThat(fin.actual().reportId()).isEqualTo("bulletin");
        assertThat(fin.rule()).doesNotContain("（预计）");
    }

    @Test
    void theGovernmentsOwnReportWinsOverAQuoteAndTheConflictIsRecorded() {
        publish("magazine", "quote", null, "中共洛阳市委主办\n示例月刊\n2023年经济发展主要预期目标是：固定资产投资增长7%，地区生产总值增长6%。");
        publish("plan", null, null, Reports.report("洛阳市", 2023, "过去一年经济平稳。", "固定资产投资增长7%以上，地区生产总值增长6%"));
        GoalStatus s = goal("fixed_asset_investment");
        assertThat(s.target().reportId()).isEqualTo("plan");
        assertThat(s.target().comparator().name()).isEqualTo("ge");
        assertThat(s.conflicts()).singleElement().asString().contains("magazine");
        assertThat(goal("gdp").conflicts()).isEmpty();
    }

    @Test
    void aDuplicateProducesNoNewStatusEvent() {
        verdict("地区生产总值增长6%以上", "全市地区生产总值增长6.3%。", "gdp");
        publish("review", null, null, Reports.report("洛阳市", 2024, "全市地区生产总值增长6.3%。", "地区生产总值增长5%"));
        assertThat(run.nothingNew()).isTrue();
    }

    @Test
    void aCorrectionThatChangesAFigureChangesTheVerdict() {
        assertThat(verdict("地区生产总值增长6%以上", "全市地区生产总值增长6.3%。", "gdp").status()).isEqualTo(Status.MET);
        publish("review", null, null, Reports.report("洛阳市", 2024, "全市地区生产总值增长5.3%。", "地区生产总值增长5%"));
        assertThat(goal("gdp").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aReviewThatAdmitsTheMissInWordsDecidesMissedAndSaysSo() {
        GoalStatus s = verdict("社会消费品零售总额增长7%，固定资产投资增长8%", "固定资产投资增长9%。社会消费品零售总额、固定资产投资等指标没有完成预期目标。", "retail_sales");
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.actual().kind()).isEqualTo(Fact.Kind.shortfall);
        assertThat(s.rule()).contains("按报告自述判为未完成");
        // A figure the review gives beats its words.
        assertThat(goal("fixed_asset_investment").status()).isEqualTo(Status.MET);
    }
}
