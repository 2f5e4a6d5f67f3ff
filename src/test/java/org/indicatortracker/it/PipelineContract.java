package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

/** The pipeline on a real broker: reports in, in reverse order, goal statuses out. No mocks. */
abstract class PipelineContract {
    abstract String bootstrapServers();

    TrackerConfig freshConfig() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return TrackerConfig.build(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "bootstrap.servers",
                        bootstrapServers(),
                        "application.id",
                        "it-" + run,
                        "group.instance.id",
                        "it-" + run,
                        "state.dir",
                        EmbeddedKafka.tempDir("it-state").toString(),
                        "tracker.topic.prefix",
                        "it-" + run + "-",
                        "tracker.metrics.port",
                        "0",
                        "tracker.metrics.host",
                        "127.0.0.1"));
    }

    @Test
    void reportsInReverseOrderGiveTheirGoalStatuses() throws Exception {
        TrackerConfig config = freshConfig();
        try (TrackerApp app = TrackerApp.start(config, true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            List<ReportEnvelope> reports = List.of(
                    new ReportEnvelope("r2024", null, null, null, null, Reports.EXAMPLE_2024),
                    new ReportEnvelope("r2023", null, null, null, null, Reports.EXAMPLE_2023));
            try (ReportPublisher publisher = new ReportPublisher(
                    config.clientProperties(), config.topics().reports())) {
                publisher.sendAll(reports, e -> {});
            }
            Set<String> expected = Set.of(
                    "洛阳市|2023|gdp",
                    "洛阳市|2023|fixed_asset_investment",
                    "洛阳市|2023|cpi",
                    "洛阳市|2023|new_urban_jobs",
                    "洛阳市|2023|public_budget_revenue",
                    "洛阳市|2024|gdp");
            Map<String, GoalStatus> statuses;
            try (GoalStatusReader reader = new GoalStatusReader(
                    config.clientProperties(), config.topics().goalStatus())) {
                statuses = reader.readUntil(
                        m -> m.keySet().containsAll(expected)
                                && m.get("洛阳市|2023|gdp").status() != Status.PENDING,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(90));
            }
            assertThat(statuses.get("洛阳市|2023|gdp").status()).isEqualTo(Status.MET);
            assertThat(statuses.get("洛阳市|2023|fixed_asset_investment").status()).isEqualTo(Status.MISSED);
            assertThat(statuses.get("洛阳市|2023|cpi").status()).isEqualTo(Status.MET);
            assertThat(statuses.get("洛阳市|2023|public_budget_revenue").status()).isEqualTo(Status.UNREPORTED);
            assertThat(statuses.get("洛阳市|2024|gdp").status()).isEqualTo(Status.PENDING);
            assertThat(statuses.get("洛阳市|2023|gdp").actual().reportId()).isEqualTo("r2024");

            String metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(metrics)
                    .contains(
                            "tracker_reports_total{",
                            "tracker_facts_extracted_total{",
                            "tracker_goal_statuses_total{",
                            "tracker_extraction_seconds_bucket",
                            "tracker_end_to_end_latency_seconds_bucket",
                            "kafka_stream_",
                            "jvm_memory_used_bytes",
                            "application=\"" + config.applicationId() + "\"");
        }
    }
}
