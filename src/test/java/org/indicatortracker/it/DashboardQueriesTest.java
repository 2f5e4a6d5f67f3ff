package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.indicatortracker.bench.ReportGenerator;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.stream.TrackerApp;
import org.indicatortracker.testing.EmbeddedKafka;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard against reality: a real Prometheus server (Debian's package, which
 * .ci/run installs) scrapes the app while it processes reports, then every PromQL expression of
 * the dashboard must return data. A panel whose query can never return anything is a bug.
 */
class DashboardQueriesTest {
    private static final Path PROMETHEUS = Path.of(System.getProperty("tracker.prometheus", "/usr/bin/prometheus"));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyDashboardQueryReturnsData() throws Exception {
        assumeTrue(Files.isExecutable(PROMETHEUS), "skipped: no Prometheus server at " + PROMETHEUS
                + " (.ci/run installs Debian's prometheus package; or set -Dtracker.prometheus=PATH)");
        JsonNode dashboard = Json.MAPPER.readTree(Path.of("k8s/grafana/indicator-tracker.json").toFile());
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(panel.path("title").asText() + " / " + target.path("refId").asText(), target.path("expr").asText());
            }
        }
        assertThat(queries).hasSizeGreaterThan(20);

        TrackerConfig config = new EmbeddedBrokerPipelineTest().freshConfig().with("tracker.metrics.region.tags", "true");
        try (TrackerApp app = TrackerApp.start(config, true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            Path work = EmbeddedKafka.tempDir("it-prometheus");
            int promPort = freePort();
            Files.writeString(work.resolve("prometheus.yml"), """
                    global:
                      scrape_interval: 1s
                    scrape_configs:
                      - job_name: indicator-tracker
                        static_configs:
                          - targets: ['127.0.0.1:%d']
                    """.formatted(app.httpPort()));
            Process prometheus = new ProcessBuilder(PROMETHEUS.toString(), "--config.file=" + work.resolve("prometheus.yml"),
                    "--storage.tsdb.path=" + work.resolve("data"), "--web.listen-address=127.0.0.1:" + promPort)
                    .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
            AtomicBoolean publishing = new AtomicBoolean(true);
            Thread load = new Thread(() -> publishSteadily(config, publishing), "dashboard-load");
            try {
                load.start();
                Thread.sleep(30_000);
                List<String> empty = new ArrayList<>();
                for (Map.Entry<String, String> q : queries.entrySet()) {
                    String expr = q.getValue().replace("$instance", ".*").replace("$__rate_interval", "30s");
                    JsonNode answer = query(promPort, expr);
                    assertThat(answer.path("status").asText()).as(q.getKey() + ": " + answer).isEqualTo("success");
                    if (answer.path("data").path("result").isEmpty()) {
                        empty.add(q.getKey() + " → " + expr);
                    }
                }
                assertThat(empty).as("dashboard queries that returned no data").isEmpty();
            } finally {
                publishing.set(false);
                load.join(10_000);
                prometheus.destroy();
                prometheus.waitFor();
            }
        }
    }

    /** A report every 200 ms, a duplicate and a dead letter now and then, so that every rate has data. */
    private static void publishSteadily(TrackerConfig config, AtomicBoolean on) {
        List<ReportEnvelope> reports = new ReportGenerator(3000).reports(400, 2, 2022, 9);
        try (ReportPublisher p = new ReportPublisher(config.clientProperties(), config.topics().reports())) {
            for (int i = 0; on.get() && i < reports.size(); i++) {
                p.send(reports.get(i));
                if (i % 10 == 0) {
                    p.sendRaw("bad-" + i, "{\"text\": ");
                    p.send(reports.get(i));
                }
                p.flush();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode query(int port, String expr) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(r.body());
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
