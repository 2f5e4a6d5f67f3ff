package org.indicatortracker.it;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same pipeline contract on Testcontainers' Kafka, where Docker is available; skipped where not. */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPipelineTest extends PipelineContract {
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
