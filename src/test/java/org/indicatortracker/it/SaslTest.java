package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.LogCapture;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kafka security settings pass through configuration: a SASL_PLAINTEXT broker with the PLAIN mechanism. */
class SaslTest {
    private static final String PASSWORD = "tracker-s3cret-pw";
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaBroker(
                        EmbeddedKafka.tempDir("it-sasl"), 0, EmbeddedKafkaBroker.saslPlain(Map.of("tracker", PASSWORD)))
                .start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static TrackerConfig config(String password) {
        return new EmbeddedBrokerPipelineTest()
                .freshConfig()
                .with("bootstrap.servers", broker.bootstrapServers())
                .with("security.protocol", "SASL_PLAINTEXT")
                .with("sasl.mechanism", "PLAIN")
                .with(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"tracker\" password=\""
                                + password + "\";");
    }

    @Test
    void theTrackerWorksOverSaslAndNeverShowsItsPassword() throws Exception {
        TrackerConfig config = config(PASSWORD);
        try (LogCapture logs = new LogCapture();
                TrackerApp app = TrackerApp.start(config, true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            ReliabilityTest.publish(
                    config, List.of(new ReportEnvelope("r2024", null, null, null, null, Reports.EXAMPLE_2024)));
            assertThat(ReliabilityTest.settled(config, Set.of("洛阳市|2024|gdp"), Duration.ofSeconds(60)))
                    .containsKey("洛阳市|2024|gdp");
            String metrics = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(metrics).doesNotContain(PASSWORD);
            assertThat(logs.lines()).noneMatch(l -> l.contains(PASSWORD));
            // The configuration is logged at start, with the JAAS line masked.
            assertThat(logs.lines())
                    .anyMatch(
                            l -> l.contains("starting with configuration") && l.contains("sasl.jaas.config=[hidden]"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearError() {
        assertThatThrownBy(() -> TrackerApp.start(config("wrong"), false)).hasMessageContaining("uthentication");
    }
}
