package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.indicatortracker.extract.Source;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

/** The same reports in several orders, on the real broker: the compacted goal-status contents agree. */
class ShuffledOrderTest {
    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    static List<ReportEnvelope> reportSet() {
        List<ReportEnvelope> set = new ArrayList<>();
        set.add(new ReportEnvelope("a-2023", null, null, null, null, Reports.EXAMPLE_2023));
        set.add(new ReportEnvelope("a-2024", null, null, null, null, Reports.EXAMPLE_2024));
        String[] regions = {"曲靖市", "韶关市", "巩义市"};
        for (int i = 0; i < regions.length; i++) {
            String r = regions[i];
            set.add(new ReportEnvelope(
                    r + "-2023",
                    null,
                    null,
                    null,
                    null,
                    Reports.report(
                            r,
                            2023,
                            "全市地区生产总值增长" + (3 + i) + ".1%。",
                            "地区生产总值增长6%左右，固定资产投资增长8%以上，居民消费价格涨幅3%左右，单位地区生产总值能耗下降3%")));
            set.add(new ReportEnvelope(
                    r + "-2024",
                    null,
                    null,
                    null,
                    null,
                    Reports.report(
                            r,
                            2024,
                            "预计全市地区生产总值增长" + (5 + i) + ".6%，固定资产投资增长" + (7 + i) + "%，居民消费价格上涨0." + i + "%，单位地区生产总值能耗下降"
                                    + (2 + i) + ".5%。",
                            "地区生产总值增长5.5%左右")));
        }
        set.add(new ReportEnvelope(
                "quote-曲靖", "曲靖市", null, null, "quote", "中共曲靖市委主办\n2024年经济发展主要预期目标是：地区生产总值增长5.5%，固定资产投资增长9%。"));
        // A correction of one report and a duplicate of another, in the same stream.
        set.add(new ReportEnvelope(
                "韶关市-2024",
                null,
                null,
                null,
                null,
                Reports.report("韶关市", 2024, "全市地区生产总值增长5.9%，固定资产投资增长7.5%。", "地区生产总值增长5.5%左右")));
        set.add(set.get(2));
        return set;
    }

    @Test
    void finalStatusesAreTheSameWhateverTheOrder() throws Exception {
        List<ReportEnvelope> set = reportSet();
        Map<String, GoalStatus> first = null;
        for (long seed : new long[] {11, 23, 42}) {
            List<ReportEnvelope> order = new ArrayList<>(set);
            Collections.shuffle(order, new Random(seed));
            // A correction only means something after the version it corrects: keep the pair in order.
            keepCorrectionAfterOriginal(order);
            Map<String, GoalStatus> result = run(order, ReliabilityTest.expectedGoals(set));
            assertThat(result).isNotEmpty();
            if (first == null) {
                first = result;
                assertExpectedStatuses(result);
            } else {
                assertThat(result).as("order with seed " + seed).isEqualTo(first);
            }
        }
    }

    /** Orders that agree could all be wrong: a few goals checked against what the reports say. */
    private static void assertExpectedStatuses(Map<String, GoalStatus> r) {
        // 曲靖市: 约6% against 5.6% (in tolerance); 8%以上 against 7%; a 3% cut against a 2.5% cut.
        assertThat(r.get("曲靖市|2023|gdp").status()).isEqualTo(Status.MET);
        assertThat(r.get("曲靖市|2023|fixed_asset_investment").status()).isEqualTo(Status.MISSED);
        assertThat(r.get("曲靖市|2023|energy_intensity").status()).isEqualTo(Status.MISSED);
        // 韶关市 as corrected: its review no longer names prices.
        assertThat(r.get("韶关市|2023|gdp").status()).isEqualTo(Status.MET);
        assertThat(r.get("韶关市|2023|cpi").status()).isEqualTo(Status.UNREPORTED);
        // 巩义市: 9% against 8%以上.
        assertThat(r.get("巩义市|2023|fixed_asset_investment").status()).isEqualTo(Status.MET);
        // 2024 is not reviewed yet; the report's own target beats the magazine's.
        assertThat(r.get("曲靖市|2024|gdp").status()).isEqualTo(Status.PENDING);
        assertThat(r.get("曲靖市|2024|gdp").target().source()).isEqualTo(Source.report);
    }

    private static void keepCorrectionAfterOriginal(List<ReportEnvelope> order) {
        int original = -1;
        int correction = -1;
        for (int i = 0; i < order.size(); i++) {
            ReportEnvelope e = order.get(i);
            if (e.id().equals("韶关市-2024")) {
                if (e.text().contains("预计")) {
                    original = i;
                } else {
                    correction = i;
                }
            }
        }
        if (correction < original) {
            Collections.swap(order, original, correction);
        }
    }

    private Map<String, GoalStatus> run(List<ReportEnvelope> order, Set<String> expected) throws Exception {
        return PipelineRuns.inOrder(contract, order, m -> m.keySet().containsAll(expected));
    }
}
