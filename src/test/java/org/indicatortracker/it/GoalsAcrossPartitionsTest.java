package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.stream.RegionYearKey;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * Goals set against the province and against the nation, on a real broker with six partitions: the
 * province shares the city's partition, the nation has another, and its years reach the city's
 * partition as copies. Whichever report comes first, the verdicts are the same.
 */
class GoalsAcrossPartitionsTest {
    private static final String VS_NATION = "洛阳市|2023|public_budget_revenue|vs-nation";
    private static final String VS_PROVINCE = "洛阳市|2023|gdp|vs-province";

    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    @Test
    void goalsAgainstTheProvinceAndTheNationAreJudgedWhicheverReportComesFirst() throws Exception {
        // The nation's own partition is not the city's: the copy is what the city's goal reads.
        assertThat(RegionYearKey.partitionOf("全国|2023", 6)).isNotEqualTo(RegionYearKey.partitionOf("洛阳市|2023", 6));
        assertThat(RegionYearKey.partitionOf("河南省|2023", 6)).isEqualTo(RegionYearKey.partitionOf("洛阳市|2023", 6));

        List<ReportEnvelope> cityFirst = List.of(
                envelope(
                        "洛阳市-2023",
                        Reports.report("洛阳市", 2023, "过去一年经济平稳。", "地区生产总值增长6%左右，高于全省0.5个百分点；一般公共预算收入增速高于全国平均水平")),
                envelope("洛阳市-2024", Reports.report("洛阳市", 2024, "全市地区生产总值增长5.0%；一般公共预算收入增长7.1%。", "地区生产总值增长5.5%左右")),
                envelope("河南省-2024", province()),
                envelope("全国-2024", nation()));
        List<ReportEnvelope> othersFirst = new ArrayList<>(cityFirst.subList(2, 4));
        othersFirst.addAll(cityFirst.subList(0, 2));

        Map<String, GoalStatus> a = run(cityFirst, true);
        Map<String, GoalStatus> b = run(othersFirst, false);
        assertThat(b).isEqualTo(a);

        GoalStatus nation = a.get(VS_NATION);
        assertThat(nation.status()).isEqualTo(Status.MET);
        assertThat(nation.benchmark().region()).isEqualTo("全国");
        assertThat(nation.margin()).isEqualTo(0.7);
        GoalStatus province = a.get(VS_PROVINCE);
        assertThat(province.benchmark().region()).isEqualTo("河南省");
        assertThat(province.status()).isEqualTo(Status.MET);
    }

    private Map<String, GoalStatus> run(List<ReportEnvelope> order, boolean query) throws Exception {
        return PipelineRuns.inOrder(
                contract,
                order,
                m -> m.containsKey(VS_NATION)
                        && m.containsKey(VS_PROVINCE)
                        && m.get(VS_NATION).status() != Status.PENDING
                        && m.get(VS_PROVINCE).status() != Status.PENDING,
                query ? GoalsAcrossPartitionsTest::queriedAsPublished : app -> {});
    }

    /** The query API judges the goal against the nation as the stream did, from the copy on the city's instance. */
    private static void queriedAsPublished(TrackerApp app) throws Exception {
        String path = "/goals?region=" + URLEncoder.encode("洛阳市", StandardCharsets.UTF_8);
        JsonNode goals = AppHttp.getJson(app, path).path("goals");
        JsonNode vsNation = null;
        for (JsonNode g : goals) {
            if (g.path("target").path("relativeTo").asText().equals("nation")) {
                vsNation = g;
            }
        }
        assertThat(vsNation).as("the goal against the nation in " + goals).isNotNull();
        assertThat(vsNation.path("benchmark").path("region").asText()).isEqualTo("全国");
        assertThat(vsNation.path("status").asText()).isEqualTo("MET");
    }

    private static ReportEnvelope envelope(String id, String text) {
        return new ReportEnvelope(id, null, null, null, null, text);
    }

    private static String province() {
        return "政府工作报告\n——2024年1月20日在河南省第十四届人民代表大会第二次会议上\n河南省人民政府省长 李四\n各位代表：\n"
                + "一、2023年工作回顾\n全省地区生产总值增长4.1%。\n二、2024年工作安排\n"
                + "全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n三、重点工作\n（一）扩大内需。\n";
    }

    private static String nation() {
        return "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 王五\n各位代表：\n"
                + "一、2023年工作回顾\n国内生产总值增长5.2%，一般公共预算收入增长6.4%。\n二、2024年经济社会发展总体要求和政策取向\n"
                + "今年发展主要预期目标是：国内生产总值增长5%左右。\n三、2024年政府工作任务\n（一）扩大内需。\n";
    }
}
