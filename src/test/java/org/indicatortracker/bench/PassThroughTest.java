package org.indicatortracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.stream.ReportParser;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

class PassThroughTest {
    @Test
    void passThroughCopiesEachReportUnchanged() {
        byte[] envelope = envelope("r1", Reports.EXAMPLE_2023);
        try (Driven d = new Driven(PassThrough.buildTopology("in", "out"))) {
            d.in.pipeInput("r1", envelope);
            assertThat(d.out.readValue()).isEqualTo(envelope);
        }
    }

    @Test
    void extractionOnlyWritesTheCountOfEachReportsFactsAndNothingElse() {
        int facts = Reports.EXTRACTOR
                .extract("r1", Reports.EXAMPLE_2023, ReportOverrides.NONE)
                .facts()
                .size();
        assertThat(facts).isPositive();
        try (Driven d =
                new Driven(PassThrough.extractionOnly("in", "out", new ReportParser(1_000_000), Reports.EXTRACTOR))) {
            d.in.pipeInput("r1", envelope("r1", Reports.EXAMPLE_2023));
            d.in.pipeInput("r2", "{\"id\": \"r2\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(d.out.readValuesToList())
                    .extracting(v -> new String(v, StandardCharsets.UTF_8))
                    .containsExactly(String.valueOf(facts), "bad");
        }
    }

    private static byte[] envelope(String id, String text) {
        return Json.write(new ReportEnvelope(id, null, null, null, null, text));
    }

    private static final class Driven implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<String, byte[]> in;
        final TestOutputTopic<String, byte[]> out;

        Driven(Topology topology) {
            Properties props = new Properties();
            props.put("application.id", "pass-through-test");
            props.put("bootstrap.servers", "unused:9092");
            driver = new TopologyTestDriver(topology, props);
            in = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
            out = driver.createOutputTopic("out", new StringDeserializer(), new ByteArrayDeserializer());
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
