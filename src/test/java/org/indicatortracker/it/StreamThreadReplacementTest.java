package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.DeadLetters;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

/**
 * The README says a failed stream thread is replaced. An Error that no handler turns into a dead
 * letter kills the thread that meets it; the app must stay up, start a new thread, and process the
 * record again (exactly once: the failed transaction is aborted). An exception in a step is a bug of
 * that record's: it is dead-lettered, and the thread goes on.
 */
class StreamThreadReplacementTest {
    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    /** The real extraction, except that its first call throws an Error. */
    private static final class FailsOnce implements DocumentExtractor {
        final AtomicBoolean failed = new AtomicBoolean();

        @Override
        public List<ExtractedReport> extractDocument(String documentId, String text, ReportOverrides overrides) {
            if (failed.compareAndSet(false, true)) {
                throw new InternalError("planted failure of a stream thread");
            }
            return Reports.EXTRACTOR.extractDocument(documentId, text, overrides);
        }
    }

    /**
     * A bug in the goals step (an exception, not an Error) costs its record, which goes to the
     * dead-letter topic; the thread lives on, and the goals behind it on the same partition come out.
     */
    @Test
    void aBugInTheGoalsStepDeadLettersItsRecordAndNoThreadIsReplaced() throws Exception {
        EmbeddedKafka.bootstrapServers();
        TrackerConfig config = contract.freshConfig().with("session.timeout.ms", "10000");
        try (TrackerApp app = TrackerApp.start(config, false, Reports.brokenTargetsWhere("BROKEN"))) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            try (ReportPublisher publisher = new ReportPublisher(
                    config.clientProperties(), config.topics().reports())) {
                publisher
                        .send(new ReportEnvelope("bad-2023", null, null, null, null, Reports.EXAMPLE_2023 + "BROKEN"))
                        .get();
                publisher
                        .send(new ReportEnvelope("good-2024", null, null, null, null, Reports.EXAMPLE_2024))
                        .get();
            }
            try (GoalStatusReader reader = new GoalStatusReader(
                    config.clientProperties(), config.topics().goalStatus())) {
                Map<String, GoalStatus> goals = reader.readUntil(
                        m -> m.containsKey("洛阳市|2024|gdp"), Duration.ofSeconds(2), Duration.ofSeconds(90));
                assertThat(goals).containsKey("洛阳市|2024|gdp");
            }
            // The two reports may sit on different partitions of the input: the bad one's update may come later.
            List<ConsumerRecord<String, byte[]>> dead =
                    ReliabilityTest.committedLog(config, config.topics().deadLetters());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dead.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(500);
                dead = ReliabilityTest.committedLog(config, config.topics().deadLetters());
            }
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(new String(
                                r.headers().lastHeader(DeadLetters.ERROR_STAGE).value(), StandardCharsets.UTF_8))
                        .isEqualTo("goals");
                assertThat(new String(
                                r.headers().lastHeader(DeadLetters.SOURCE_TOPIC).value(), StandardCharsets.UTF_8))
                        .endsWith("by-region-year-repartition");
            });
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(app.streams().metadataForLocalThreads())
                    .extracting(ThreadMetadata::threadName)
                    .noneMatch(name -> name.endsWith("StreamThread-3"));
        }
    }

    @Test
    void aFailedStreamThreadIsReplacedAndTheRecordIsProcessed() throws Exception {
        EmbeddedKafka.bootstrapServers();
        // The dead thread's static membership lasts a session: a short one keeps the test short.
        TrackerConfig config = contract.freshConfig().with("session.timeout.ms", "10000");
        FailsOnce extractor = new FailsOnce();
        try (TrackerApp app = TrackerApp.start(config, false, extractor)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            try (ReportPublisher publisher = new ReportPublisher(
                    config.clientProperties(), config.topics().reports())) {
                publisher
                        .send(new ReportEnvelope("a-2023", null, null, null, null, Reports.EXAMPLE_2023))
                        .get();
                publisher
                        .send(new ReportEnvelope("a-2024", null, null, null, null, Reports.EXAMPLE_2024))
                        .get();
            }
            Map<String, GoalStatus> goals;
            try (GoalStatusReader reader = new GoalStatusReader(
                    config.clientProperties(), config.topics().goalStatus())) {
                goals = reader.readUntil(
                        m -> m.containsKey("洛阳市|2023|gdp")
                                && m.get("洛阳市|2023|gdp").status() != Status.PENDING,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(90));
            }
            assertThat(extractor.failed).isTrue();
            assertThat(goals.get("洛阳市|2023|gdp").status()).isEqualTo(Status.MET);
            assertThat(app.stateHistory()).doesNotContain(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR);
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            // Two threads at start (StreamThread-1, -2); the replacement is a third.
            assertThat(app.streams().metadataForLocalThreads())
                    .extracting(ThreadMetadata::threadName)
                    .anyMatch(name -> name.endsWith("StreamThread-3"));
        }
    }
}
