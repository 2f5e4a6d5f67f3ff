package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.Shared;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * Real reports of a province and two of its cities, on the real broker, in shuffled orders: the cities'
 * goals set against the province are decided on the province's own figures, whatever came first.
 */
class AcrossLevelsCorpusTest {
    private static final List<String> FILES = List.of(
            "provincial/安徽省-2021.txt",
            "provincial/安徽省-2022.txt",
            "city/亳州市-2021.txt",
            "city/亳州市-2022.txt",
            "city/宿州市-2021.txt",
            "city/宿州市-2022.txt");

    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    @Test
    void aProvinceAndItsCitiesGiveTheSameStatusesInAnyOrder() throws Exception {
        Path corpus = Shared.corpus();
        List<ReportEnvelope> reports = new ArrayList<>();
        for (String file : FILES) {
            reports.add(new ReportEnvelope(
                    Path.of(file).getFileName().toString(),
                    null,
                    null,
                    null,
                    null,
                    Files.readString(corpus.resolve(file), StandardCharsets.UTF_8)));
        }
        Set<String> expected = ReliabilityTest.expectedGoals(reports);
        assertThat(expected).anyMatch(k -> k.endsWith("|vs-province"));

        Map<String, GoalStatus> first = null;
        for (long seed : new long[] {7, 19}) {
            List<ReportEnvelope> order = new ArrayList<>(reports);
            Collections.shuffle(order, new Random(seed));
            Map<String, GoalStatus> result =
                    run(order, expected, seed == 7 ? AcrossLevelsCorpusTest::cityBesideProvince : app -> {});
            if (first == null) {
                first = result;
            } else {
                assertThat(result).as("order with seed " + seed).isEqualTo(first);
            }
        }
        // 亳州市 set its 2021 growth at 0.5 points above the province's: 8.6% against 安徽省's 8.3%.
        GoalStatus bozhou = first.get("亳州市|2021|gdp|vs-province");
        assertThat(bozhou.basis()).isEqualTo(GoalStatus.Basis.benchmark_report);
        assertThat(bozhou.benchmark().region()).isEqualTo("安徽省");
        assertThat(bozhou.status()).isEqualTo(Status.MISSED);
        assertThat(bozhou.reportIds()).contains("安徽省-2022.txt", "亳州市-2021.txt", "亳州市-2022.txt");
    }

    private Map<String, GoalStatus> run(
            List<ReportEnvelope> order, Set<String> expected, PipelineRuns.AppCheck whileRunning) throws Exception {
        // Settled: every goal present, and the reviewed year's goals set against the province decided.
        return PipelineRuns.inOrder(
                contract,
                order,
                m -> m.keySet().containsAll(expected)
                        && m.entrySet().stream()
                                .noneMatch(e -> e.getKey().contains("|2021|")
                                        && e.getKey().endsWith("|vs-province")
                                        && e.getValue().status() == Status.PENDING),
                whileRunning);
    }

    private static JsonNode row(JsonNode rows, String indicator) {
        for (JsonNode row : rows) {
            if (row.path("indicator").asText().equals(indicator)
                    && row.path("year").asText().equals("2021")) {
                return row;
            }
        }
        throw new AssertionError("no 2021 " + indicator + " beside the province's in " + rows);
    }

    /** /regions/亳州市 sets the city's targets beside the province's, year by year and indicator by indicator. */
    private static void cityBesideProvince(TrackerApp app) throws Exception {
        String path = "/regions/" + URLEncoder.encode("亳州市", StandardCharsets.UTF_8);
        JsonNode rows = AppHttp.getJson(app, path).path("againstParent");
        assertThat(rows.isArray()).isTrue();
        JsonNode revenue = row(rows, "public_budget_revenue");
        assertThat(revenue.path("parent").asText()).isEqualTo("安徽省");
        assertThat(revenue.path("value").asDouble()).isEqualTo(5.5);
        assertThat(revenue.path("parentValue").asDouble()).isEqualTo(5.0);
        assertThat(revenue.path("difference").asDouble()).isEqualTo(0.5);
        // A level (100亿斤 of grain against the province's 800亿斤) is set beside, never subtracted.
        assertThat(row(rows, "grain_output").path("difference").isNull()).isTrue();
    }
}
