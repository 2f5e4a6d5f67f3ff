package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
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
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.bench.ReportGenerator;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Executables;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard against reality: a real Prometheus server (Debian's package, which
 * .ci/run installs) scrapes the app while it processes reports and dead letters, then every PromQL
 * expression of the dashboard must return a finite value, and the panels that the load drives must
 * show it. NaN (0/0, a quantile over no events) is no data. A fallback such as {@code or … * 0} is
 * cut off here: the expression before it must answer by itself.
 */
class DashboardQueriesTest {
    /** Panels that the load drives: their value must be above zero, not just present. */
    private static final List<String> DRIVEN_BY_LOAD = List.of(
            "Goals by status",
            "Goals met, missed / A",
            "Goal-status events per second",
            "Reports per second",
            "Dead-lettered records",
            "Facts extracted per second",
            "Extraction time",
            "End-to-end latency",
            "Stream threads alive, failed / A",
            "State stores: keys",
            "Heap used",
            "GC pause time",
            "Threads",
            "Goals by status and level",
            "Goals by kind and status");

    private static final Duration SETTLE = Duration.ofSeconds(150);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyDashboardQueryReturnsFiniteDataThatTheLoadExplains() throws Exception {
        Path prometheusBinary = Executables.required(
                System.getProperty("tracker.prometheus"),
                "no Prometheus server on the PATH "
                        + "(.ci/run installs Debian's prometheus package; or set -Dtracker.prometheus=PATH)",
                "prometheus");
        JsonNode dashboard = Json.MAPPER.readTree(
                Path.of("k8s/grafana/indicator-tracker.json").toFile());
        Map<String, String> queries = new LinkedHashMap<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.put(
                        panel.path("title").asText() + " / "
                                + target.path("refId").asText(),
                        target.path("expr").asText());
            }
        }
        assertThat(queries).hasSizeGreaterThan(20);

        TrackerConfig config =
                new EmbeddedBrokerPipelineTest().freshConfig().with("tracker.metrics.region.tags", "true");
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
            Process prometheus = new ProcessBuilder(
                            prometheusBinary.toString(),
                            "--config.file=" + work.resolve("prometheus.yml"),
                            "--storage.tsdb.path=" + work.resolve("data"),
                            "--web.listen-address=127.0.0.1:" + promPort)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("prometheus.log").toFile())
                    .start();
            AtomicBoolean publishing = new AtomicBoolean(true);
            Thread load = new Thread(() -> publishSteadily(config, publishing), "dashboard-load");
            try {
                load.start();
                Map<String, String> failing = new LinkedHashMap<>();
                long deadline = System.nanoTime() + SETTLE.toNanos();
                do {
                    Thread.sleep(2000);
                    // The app runs in this JVM: a collection now gives the GC panel a pause to show.
                    System.gc();
                    failing.clear();
                    for (Map.Entry<String, String> q : queries.entrySet()) {
                        String problem = check(promPort, q.getKey(), q.getValue());
                        if (problem != null) {
                            failing.put(q.getKey(), problem);
                        }
                    }
                } while (!failing.isEmpty() && System.nanoTime() < deadline);
                assertThat(failing)
                        .as("dashboard queries without the data the load should give them")
                        .isEmpty();
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
        // Enough for the whole wait, so that rates never fall to zero while the test still asks.
        List<ReportEnvelope> reports = new ReportGenerator(3000).reports(2000, 2, 2022, 9);
        try (ReportPublisher p =
                new ReportPublisher(config.clientProperties(), config.topics().reports())) {
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

    /** What is wrong with one panel's query now, or null. */
    private String check(int promPort, String panel, String dashboardExpr) throws Exception {
        String expr = dashboardExpr.replace("$instance", ".*").replace("$__rate_interval", "30s");
        int fallback = expr.indexOf(") or ");
        if (fallback >= 0) {
            expr = expr.substring(0, fallback + 1);
        }
        JsonNode answer = query(promPort, expr);
        if (!"success".equals(answer.path("status").asText())) {
            return "query failed: " + answer;
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode series : answer.path("data").path("result")) {
            values.add(Double.parseDouble(series.path("value").path(1).asText()));
        }
        List<Double> finite = values.stream().filter(Double::isFinite).toList();
        if (finite.isEmpty()) {
            return "no finite value (" + values + ") for " + expr;
        }
        boolean driven = DRIVEN_BY_LOAD.stream().anyMatch(panel::startsWith);
        if (driven && finite.stream().noneMatch(v -> v > 0)) {
            return "the load should make it positive, but it is " + finite + " for " + expr;
        }
        return null;
    }

    private JsonNode query(int port, String expr) throws Exception {
        URI uri = URI.create(
                "http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return Json.MAPPER.readTree(r.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
