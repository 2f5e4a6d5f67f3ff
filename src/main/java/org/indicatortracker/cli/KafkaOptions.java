package org.indicatortracker.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.kafka.ClusterCheck;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares. */
final class KafkaOptions {
    @Option(
            names = {"-b", "--bootstrap-servers"},
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(
            names = {"-c", "--config"},
            description = "a tracker or Kafka client property, key=value (repeatable)")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--config-file", description = "a properties file of tracker and Kafka client properties")
    Path configFile;

    /** How long a command waits for the cluster before it says it cannot reach it. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    /** Fails within a few seconds, naming the address tried, when no broker answers there. */
    void requireReachable(TrackerConfig config) {
        ClusterCheck.requireReachable(config.clientProperties(), REACH_TIMEOUT);
    }

    /** The configuration of a command that needs a cluster: an address must be given, and answer. */
    TrackerConfig connect() {
        TrackerConfig config = load();
        if (config.bootstrapServers().isEmpty()) {
            throw new NoClusterGiven();
        }
        requireReachable(config);
        return config;
    }

    /** No bootstrap address at all: a usage error (exit code 2), not a failure. */
    static final class NoClusterGiven extends RuntimeException {
        NoClusterGiven() {
            super("no Kafka: give --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS "
                    + "(`./tracker run` prints the address of its embedded broker)");
        }
    }

    TrackerConfig load() {
        Map<String, String> overrides = new LinkedHashMap<>(config);
        if (bootstrapServers != null) {
            overrides.put("bootstrap.servers", bootstrapServers);
        }
        return TrackerConfig.fromEnvironment(Optional.ofNullable(configFile), overrides);
    }
}
