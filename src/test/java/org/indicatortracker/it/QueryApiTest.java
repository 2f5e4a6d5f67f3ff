package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.verdict.GoalStatus;
import org.junit.jupiter.api.Test;

/** The query API with two instances of the app on one real broker: each answers for all. */
class QueryApiTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(TrackerApp app, String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(TrackerApp app, String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(app, pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    private static TrackerConfig instance(TrackerConfig shared, String name) {
        return shared.with("group.instance.id", shared.applicationId() + "-" + name)
                .with("state.dir", EmbeddedKafka.tempDir("it-state-" + name).toString())
                .with("tracker.advertised.host", "127.0.0.1");
    }

    @Test
    void eachInstanceAnswersForGoalsHeldByTheOther() throws Exception {
        TrackerConfig shared = new EmbeddedBrokerPipelineTest().freshConfig();
        List<ReportEnvelope> set = ShuffledOrderTest.reportSet();
        try (TrackerApp a = TrackerApp.start(instance(shared, "a"), true);
                TrackerApp b = TrackerApp.start(instance(shared, "b"), true)) {
            assertThat(a.awaitRunning(Duration.ofSeconds(90))).isTrue();
            assertThat(b.awaitRunning(Duration.ofSeconds(90))).isTrue();
            try (ReportPublisher publisher = new ReportPublisher(
                    shared.clientProperties(), shared.topics().reports())) {
                publisher.sendAll(set, e -> {});
            }
            Map<String, GoalStatus> truth;
            try (GoalStatusReader reader = new GoalStatusReader(
                    shared.clientProperties(), shared.topics().goalStatus())) {
                truth = reader.readUntil(m -> m.size() >= 20, Duration.ofSeconds(4), Duration.ofSeconds(120));
            }
            awaitStable(a, b);

            JsonNode fromA = json(a, "/goals?size=500");
            JsonNode fromB = json(b, "/goals?size=500");
            assertThat(fromA.get("total").asInt()).isEqualTo(truth.size());
            assertThat(fromB.get("goals")).isEqualTo(fromA.get("goals"));
            int localA = json(a, "/goals?local=true").size();
            int localB = json(b, "/goals?local=true").size();
            assertThat(localA + localB).isEqualTo(truth.size());
            assertThat(localA).as("both instances hold part of the state").isPositive();
            assertThat(localB).isPositive();

            JsonNode page = json(a, "/goals?region=" + enc("曲靖市") + "&year=2023&size=2&page=2");
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("goals")).hasSize(2);
            JsonNode missed = json(b, "/goals?status=missed&size=500").get("goals");
            assertThat(missed)
                    .as("the report set has missed goals")
                    .isNotEmpty()
                    .allSatisfy(g -> assertThat(g.get("status").asText()).isEqualTo("MISSED"));

            JsonNode region = json(b, "/regions/" + enc("曲靖市"));
            assertThat(region.get("byYear").get("2023").get("hitRate").isNumber())
                    .isTrue();
            assertThat(region.get("byIndicator").has("gdp")).isTrue();

            for (ReportEnvelope e : Set.copyOf(set)) {
                JsonNode ra = json(a, "/reports/" + enc(e.id()));
                JsonNode rb = json(b, "/reports/" + enc(e.id()));
                assertThat(ra).isEqualTo(rb);
                assertThat(ra.get("facts").size()).isPositive();
            }
            assertThat(get(a, "/reports/" + enc("no-such-report")).statusCode()).isEqualTo(404);
            assertThat(get(a, "/no-such-path").statusCode())
                    .as("only documented paths")
                    .isEqualTo(404);
            JsonNode card = json(a, "/scorecard?year=2023");
            assertThat(card.get("total").get("goals").asInt()).isEqualTo((int)
                    truth.values().stream().filter(g -> g.year() == 2023).count());
            assertThat(card.get("byLevel").has("prefecture")).isTrue();
            assertThat(get(a, "/scorecard?year=abcd").statusCode()).isEqualTo(400);
            HttpResponse<String> csv = get(b, "/goals.csv?status=missed");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("text/csv");
            assertThat(csv.body().lines().findFirst())
                    .get()
                    .asString()
                    .startsWith("regionCode,region,level,parent,year");
            assertThat(csv.body().lines().skip(1))
                    .as("one row per missed goal, from both instances")
                    .hasSize(missed.size())
                    .allSatisfy(l -> assertThat(l).contains("MISSED"));
            HttpResponse<String> head = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.httpPort() + "/goals"))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as("HEAD is allowed").isEqualTo(200);
            assertThat(head.body()).as("HEAD sends no body").isEmpty();
            assertThat(get(a, "/goals?size=100000").statusCode()).isEqualTo(400);
            assertThat(get(a, "/goals?color=red").statusCode()).isEqualTo(400);
            assertThat(get(a, "/goals?year=abcd").statusCode()).isEqualTo(400);
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.httpPort() + "/goals"))
                                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(405);
        }
    }

    /** Both instances RUNNING and agreeing on the metadata before the queries. */
    private void awaitStable(TrackerApp a, TrackerApp b) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (get(a, "/goals?local=true").statusCode() == 200
                    && get(b, "/goals?local=true").statusCode() == 200
                    && a.streams().state().isRunningOrRebalancing()
                    && b.streams().state().isRunningOrRebalancing()
                    && a.streams().state() == KafkaStreams.State.RUNNING
                    && b.streams().state() == KafkaStreams.State.RUNNING) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
