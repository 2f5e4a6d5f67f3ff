package org.indicatortracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackerConfigTest {

    @Test
    void environmentVariablesMapToKeys() {
        TrackerConfig c = TrackerConfig.build(
                Optional.empty(),
                Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                        "TRACKER_METRICS_PORT", "9000",
                        "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                        "PATH", "/usr/bin"),
                Map.of());
        assertThat(c.bootstrapServers()).contains("broker:9092");
        assertThat(c.metricsPort()).isEqualTo(9000);
        assertThat(c.kafkaProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .doesNotContainKey("path");
    }

    @Test
    void commandLineWinsOverEnvironment() {
        TrackerConfig c = TrackerConfig.build(
                Optional.empty(), Map.of("TRACKER_METRICS_PORT", "9000"), Map.of("tracker.metrics.port", "9100"));
        assertThat(c.metricsPort()).isEqualTo(9100);
    }

    @Test
    void secretsAreHiddenWhenPrinted() {
        TrackerConfig c = TrackerConfig.build(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "sasl.jaas.config",
                        "PlainLoginModule required password=\"s3cret\";",
                        "ssl.truststore.password",
                        "x"));
        assertThat(c.redacted().toString()).doesNotContain("s3cret").contains("[hidden]");
    }

    @Test
    void plainClientsGetNoStreamsOnlyKeys() {
        TrackerConfig c = TrackerConfig.defaultsOnly();
        assertThat(c.clientProperties()).doesNotContainKeys("application.id", "state.dir", "processing.guarantee");
        assertThat(c.kafkaProperties()).containsEntry("processing.guarantee", "exactly_once_v2");
    }
}
