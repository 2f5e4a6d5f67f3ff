package org.indicatortracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;

/**
 * One real in-JVM Kafka broker per test JVM (the same class that {@code run} uses), started on
 * first use and closed when the JVM exits. Each test isolates itself with its own topic prefix and
 * application id.
 */
public final class EmbeddedKafka {
    private static EmbeddedKafkaBroker broker;

    private EmbeddedKafka() {}

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaBroker(tempDir("it-kafka"), 0, Map.of()).start();
            EmbeddedKafkaBroker b = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(b::close, "it-kafka-shutdown"));
        }
        return broker.bootstrapServers();
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
