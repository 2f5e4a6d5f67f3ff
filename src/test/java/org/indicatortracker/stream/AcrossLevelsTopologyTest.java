package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.testing.TopologyRun;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Goals that reach beyond one region and one year: set against the province or the nation, and a plan period's. */
class AcrossLevelsTopologyTest {
    private static final String CITY_GOAL = "洛阳市|2023|gdp|vs-province";

    private TopologyRun run;

    @BeforeEach
    void start() {
        run = new TopologyRun();
    }

    @AfterEach
    void stop() {
        run.close();
    }

    private void publish(String id, String text) {
        run.publish(id, text);
    }

    private GoalStatus goal(String key) {
        return run.goal(key);
    }

    /** 河南省's report of {@code year}, reviewing the year before. */
    private static String province(int year, String review, String targets) {
        return "政府工作报告\n——" + year + "年1月20日在河南省第十四届人民代表大会第二次会议上\n河南省人民政府省长 李四\n各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年工作安排\n"
                + "全省经济社会发展的主要预期目标是：" + targets + "。\n三、重点工作\n（一）扩大内需。\n";
    }

    private static String nation(int year, String review, String targets) {
        return "政府工作报告\n——" + year + "年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 王五\n各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年经济社会发展总体要求和政策取向\n"
                + "今年发展主要预期目标是：" + targets + "。\n三、" + year + "年政府工作任务\n（一）扩大内需。\n";
    }

    private static final String CITY_PLAN =
            Reports.report("洛阳市", 2023, "过去一年经济平稳。", "地区生产总值增长6%左右，高于全省0.5个百分点；一般公共预算收入增速高于全国平均水平");
    private static final String CITY_REVIEW =
            Reports.report("洛阳市", 2024, "全市地区生产总值增长5.0%；一般公共预算收入增长7.1%。", "地区生产总值增长5.5%左右");
    private static final String PROVINCE_REVIEW = province(2024, "全省地区生产总值增长4.1%。", "地区生产总值增长5%左右");

    @Test
    void aCityGoalSetAgainstItsProvinceIsJudgedOnTheProvincesOwnFigureWhicheverComesFirst() {
        publish("河南省-2024", PROVINCE_REVIEW);
        publish("洛阳市-2023", CITY_PLAN);
        publish("洛阳市-2024", CITY_REVIEW);
        GoalStatus provinceFirst = goal(CITY_GOAL);

        assertThat(provinceFirst.status()).isEqualTo(Status.MET);
        assertThat(provinceFirst.basis()).isEqualTo(GoalStatus.Basis.benchmark_report);
        assertThat(provinceFirst.margin()).isEqualTo(0.4);
        assertThat(provinceFirst.benchmark().region()).isEqualTo("河南省");
        assertThat(provinceFirst.benchmark().value()).isEqualTo(4.1);
        assertThat(provinceFirst.rule())
                .contains("洛阳市5%")
                .contains("河南省4.1%")
                .contains("差距 +0.4 个百分点")
                .endsWith("→ 完成");
        assertThat(provinceFirst.reportIds()).containsExactly("河南省-2024", "洛阳市-2023", "洛阳市-2024");
        // The city's own GDP target is a goal of its own, beside the one set against the province.
        assertThat(goal("洛阳市|2023|gdp").status()).isEqualTo(Status.MISSED);

        stop();
        start();
        publish("洛阳市-2023", CITY_PLAN);
        publish("洛阳市-2024", CITY_REVIEW);
        assertThat(goal(CITY_GOAL).status()).isEqualTo(Status.PENDING);
        assertThat(goal(CITY_GOAL).rule()).contains("等待河南省回顾2023年的报告");
        publish("河南省-2024", PROVINCE_REVIEW);
        assertThat(goal(CITY_GOAL)).isEqualTo(provinceFirst);
    }

    @Test
    void aCorrectedProvincialReportRejudgesTheCitysGoal() {
        publish("洛阳市-2023", CITY_PLAN);
        publish("洛阳市-2024", CITY_REVIEW);
        publish("河南省-2024", PROVINCE_REVIEW);
        assertThat(goal(CITY_GOAL).status()).isEqualTo(Status.MET);

        publish("河南省-2024", province(2024, "全省地区生产总值增长4.8%。", "地区生产总值增长5%左右"));
        GoalStatus corrected = goal(CITY_GOAL);
        assertThat(corrected.status()).isEqualTo(Status.MISSED);
        assertThat(corrected.margin()).isEqualTo(-0.3);

        run.retract("河南省-2024");
        assertThat(goal(CITY_GOAL).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void aGapTheCitysReviewStatesDecidesWhenNoProvincialReportIsInTheStream() {
        publish("洛阳市-2023", CITY_PLAN);
        publish("洛阳市-2024", Reports.report("洛阳市", 2024, "全市地区生产总值增长5.0%，高于全省0.9个百分点。", "地区生产总值增长5.5%左右"));
        GoalStatus s = goal(CITY_GOAL);
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.basis()).isEqualTo(GoalStatus.Basis.stated_gap);
        assertThat(s.margin()).isEqualTo(0.4);
        assertThat(s.rule()).contains("高于全省0.9个百分点");

        // Once the province's own report is in, its figure decides.
        publish("河南省-2024", province(2024, "全省地区生产总值增长4.8%。", "地区生产总值增长5%左右"));
        assertThat(goal(CITY_GOAL).basis()).isEqualTo(GoalStatus.Basis.benchmark_report);
        assertThat(goal(CITY_GOAL).status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aGoalSetAgainstTheNationWaitsForTheNationalReport() {
        publish("洛阳市-2023", CITY_PLAN);
        publish("洛阳市-2024", CITY_REVIEW);
        String key = "洛阳市|2023|public_budget_revenue|vs-nation";
        assertThat(goal(key).status()).isEqualTo(Status.PENDING);
        publish("全国-2024", nation(2024, "国内生产总值增长5.2%，一般公共预算收入增长6.4%。", "国内生产总值增长5%左右"));
        GoalStatus s = goal(key);
        assertThat(s.status()).isEqualTo(Status.MET);
        assertThat(s.benchmark().region()).isEqualTo("全国");
        assertThat(s.margin()).isEqualTo(0.7);
    }

    /** 洛阳市's report of {@code year}: its review states {@code review}; a plan period's first year also sets the period's goals. */
    private static String cityReport(int year, String review) {
        String period = year == 2021
                ? "二、“十四五”时期主要目标任务\n“十四五”时期经济社会发展的主要目标是：地区生产总值年均增长6.5%以上，"
                        + "常住人口城镇化率达到70%，城镇新增就业50万人，单位地区生产总值能耗下降14%，"
                        + "细颗粒物平均浓度较2015年下降30%。\n"
                : "";
        return "政府工作报告\n——" + year + "年1月10日在洛阳市第十五届人民代表大会第三次会议上\n洛阳市人民政府市长 张三\n各位代表：\n"
                + "一、" + (year - 1) + "年工作回顾\n" + review + "\n" + period
                + "三、" + year + "年工作安排\n全市经济社会发展主要预期目标是：地区生产总值增长6%左右。\n四、重点工作\n（一）扩大有效投资。\n";
    }

    @Test
    void aFiveYearGoalIsJudgedOnThePeriodFigureTheReviewStates() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        String key = "洛阳市|2021-2025|gdp";
        GoalStatus pending = goal(key);
        assertThat(pending.status()).isEqualTo(Status.PENDING);
        assertThat(pending.period()).isEqualTo("2021-2025");
        assertThat(goal("洛阳市|2021|gdp").target().value()).isEqualTo(6.0);

        publish(
                "洛阳市-2026",
                cityReport(2026, "“十四五”时期，全市地区生产总值年均增长5.6%。2025年全市地区生产总值增长5.2%。" + "常住人口城镇化率达到71%。城镇新增就业12万人。"));
        GoalStatus s = goal(key);
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.basis()).isEqualTo(GoalStatus.Basis.figures);
        assertThat(s.actual().value()).isEqualTo(5.6);
        assertThat(s.margin()).isEqualTo(-0.9);
        // A rate to reach by the period's end is judged on the last year's figure; five years' total of
        // new jobs is not, and the review gives no period figure for it.
        GoalStatus urbanization = goal("洛阳市|2021-2025|urbanization_rate");
        assertThat(urbanization.status()).isEqualTo(Status.MET);
        assertThat(urbanization.actual().year()).isEqualTo(2025);
        assertThat(goal("洛阳市|2021-2025|new_urban_jobs").status()).isEqualTo(Status.UNREPORTED);
    }

    @Test
    void aYearThatChangesNoStatusOfItsPlanPeriodLeavesThePeriodsStateUnwritten() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        assertThat(run.changelogKeys(TrackerTopology.REGION_YEAR_STORE)).contains("洛阳市|2021-2025");
        // 2022's growth alone decides none of the period's goals: the five years are not all in.
        publish("洛阳市-2023", cityReport(2023, "全市地区生产总值增长4.0%。"));
        assertThat(goal("洛阳市|2021-2025|gdp").status()).isEqualTo(Status.PENDING);
        assertThat(run.changelogKeys(TrackerTopology.REGION_YEAR_STORE))
                .contains("洛阳市|2022")
                .doesNotContain("洛阳市|2021-2025");
    }

    @Test
    void aFiveYearGoalWithoutAPeriodFigureIsDerivedFromTheFiveAnnualGrowths() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        // Uneven years: the geometric mean (5.65) is not the arithmetic one (5.8).
        String[] growth = {"增长2%", "增长12%", "下降3%", "增长10%", "增长8%"};
        for (int i = 0; i < 5; i++) {
            publish("洛阳市-" + (2022 + i), cityReport(2022 + i, "全市地区生产总值" + growth[i] + "。"));
        }
        GoalStatus s = goal("洛阳市|2021-2025|gdp");
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.basis()).isEqualTo(GoalStatus.Basis.derived);
        assertThat(s.actual().value()).isEqualTo(5.65);
        assertThat(s.actual().text()).contains("2021年2%").contains("2023年-3%").contains("2025年8%");
        assertThat(s.reportIds()).containsAll(List.of("洛阳市-2022", "洛阳市-2026"));
    }

    @Test
    void aGoalOverThePeriodAsAWholeIsJudgedOnTheFiveYearsTogetherNotTheirAverage() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        for (int i = 0; i < 5; i++) {
            publish("洛阳市-" + (2022 + i), cityReport(2022 + i, "单位地区生产总值能耗下降3%。"));
        }
        // 0.97^5 = 0.8587: a decrease of 14.13% over the period meets 下降14%; the average year's 3% would not.
        GoalStatus s = goal("洛阳市|2021-2025|energy_intensity");
        assertThat(s.basis()).isEqualTo(GoalStatus.Basis.derived);
        assertThat(s.actual().value()).isEqualTo(14.13);
        assertThat(s.actual().text()).contains("期间累计");
        assertThat(s.status()).isEqualTo(Status.MET);
    }

    @Test
    void aGoalMeasuredFromAYearBeforeThePeriodIsNotDerivedFromItsFiveYears() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        for (int i = 0; i < 5; i++) {
            publish("洛阳市-" + (2022 + i), cityReport(2022 + i, "细颗粒物平均浓度下降8%。"));
        }
        GoalStatus s = goal("洛阳市|2021-2025|pm25");
        assertThat(s.basis()).isNotEqualTo(GoalStatus.Basis.derived);
        assertThat(s.status()).isNotIn(Status.MET, Status.MISSED);
    }

    @Test
    void aFiveYearGoalWithAYearMissingIsUnreportedOnceThePeriodIsReviewed() {
        publish("洛阳市-2021", cityReport(2021, "全市地区生产总值增长3.0%。"));
        for (int year : new int[] {2022, 2023, 2025, 2026}) {
            publish("洛阳市-" + year, cityReport(year, "全市地区生产总值增长6.6%。"));
        }
        GoalStatus s = goal("洛阳市|2021-2025|gdp");
        assertThat(s.status()).isEqualTo(Status.UNREPORTED);
        assertThat(s.basis()).isNull();
    }
}
