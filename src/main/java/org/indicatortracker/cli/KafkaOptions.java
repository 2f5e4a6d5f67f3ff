package org.indicatortracker.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.indicatortracker.config.TrackerConfig;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares. */
final class KafkaOptions {
    @Option(names = {"-b", "--bootstrap-servers"}, description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, description = "a tracker or Kafka client property, key=value (repeatable)")
    Map<String, String> config = new LinkedHashMap<>();

    @Option(names = "--config-file", description = "a properties file of tracker and Kafka client properties")
    Path configFile;

    TrackerConfig load() {
        Map<String, String> overrides = new LinkedHashMap<>(config);
        if (bootstrapServers != null) {
            overrides.put("bootstrap.servers", bootstrapServers);
        }
        return TrackerConfig.fromEnvironment(Optional.ofNullable(configFile), overrides);
    }
}
