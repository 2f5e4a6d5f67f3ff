package org.indicatortracker.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.verdict.GoalStatus;

/** The topology on the test driver: reports in, the latest status of each goal out (a tombstone removes it). */
public final class TopologyRun implements AutoCloseable {
    private final TopologyTestDriver driver = Drivers.topology(Map.of(), Reports.EXTRACTOR, TrackerMetrics.noop());
    private final TestInputTopic<String, byte[]> reports =
            driver.createInputTopic("reports", new StringSerializer(), new ByteArraySerializer());
    private final TestOutputTopic<String, String> statuses =
            driver.createOutputTopic("goal-status", new StringDeserializer(), new StringDeserializer());
    private final Map<String, GoalStatus> latest = new LinkedHashMap<>();

    public void publish(ReportEnvelope e) {
        reports.pipeInput(e.id(), Json.write(e));
    }

    public void publish(String id, String text) {
        publish(new ReportEnvelope(id, null, null, null, null, text));
    }

    /** A tombstone for the report: it is retracted. */
    public void retract(String id) {
        reports.pipeInput(id, (byte[]) null);
    }

    /**
     * The keys written to a state store's changelog since the last look, in order: what the store
     * rewrote (the driver commits, and so flushes the store's cache, after every record).
     */
    public List<String> changelogKeys(String store) {
        return driver
                .createOutputTopic(
                        "topology-test-" + store + "-changelog", new StringDeserializer(), new StringDeserializer())
                .readRecordsToList()
                .stream()
                .map(TestRecord::key)
                .toList();
    }

    /** True when no status event has come since the last look. */
    public boolean nothingNew() {
        return statuses.isEmpty();
    }

    /** The goal's latest status, null if none (or retracted). */
    public GoalStatus goal(String key) {
        for (TestRecord<String, String> r : statuses.readRecordsToList()) {
            if (r.value() == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), Json.read(r.value().getBytes(StandardCharsets.UTF_8), GoalStatus.class));
            }
        }
        return latest.get(key);
    }

    @Override
    public void close() {
        driver.close();
    }
}
