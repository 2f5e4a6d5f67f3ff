package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.bench.ChildJvm;
import org.indicatortracker.bench.ReportGenerator;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.kafka.EmbeddedKafkaBroker;
import org.indicatortracker.kafka.GoalStatusReader;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.DeadLetters;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.LogCapture;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Faults on the real in-JVM broker: a crash, a broker restart, lost state, and a poison mix. */
class ReliabilityTest {
    private static final ReportGenerator GENERATOR = new ReportGenerator(3000);
    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    static Set<String> expectedGoals(List<ReportEnvelope> reports) {
        return ReportPublisher.targetGoals(reports, Reports.EXTRACTOR);
    }

    static void publish(TrackerConfig config, List<ReportEnvelope> reports) throws Exception {
        try (ReportPublisher p =
                new ReportPublisher(config.clientProperties(), config.topics().reports())) {
            p.sendAll(reports, e -> {});
        }
    }

    static Map<String, GoalStatus> settled(TrackerConfig config, Set<String> expected, Duration timeout) {
        try (GoalStatusReader reader =
                new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            return reader.readUntil(m -> m.keySet().containsAll(expected), Duration.ofSeconds(4), timeout);
        }
    }

    /** The reference: the same reports through a fresh app that nothing interrupts. */
    private Map<String, GoalStatus> uninterrupted(List<ReportEnvelope> reports, Set<String> expected) throws Exception {
        EmbeddedKafka.bootstrapServers();
        TrackerConfig config = contract.freshConfig();
        try (TrackerApp app = TrackerApp.start(config, false)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            publish(config, reports);
            return settled(config, expected, Duration.ofSeconds(180));
        }
    }

    /** Every record of goal-status as a read_committed consumer sees it, partition by partition. */
    static List<ConsumerRecord<String, byte[]>> committedLog(TrackerConfig config, String topic) {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void abruptStopMidBackfillLosesNothingAndCommitsNoDuplicate() throws Exception {
        List<ReportEnvelope> reports = GENERATOR.reports(2000, 4, 2018, 7);
        Set<String> expected = expectedGoals(reports);
        Map<String, GoalStatus> reference = uninterrupted(reports, expected);
        assertThat(reference).hasSize(expected.size());

        TrackerConfig config = contract.freshConfig().with("tracker.metrics.port", "0");
        Map<String, GoalStatus> afterCrash = crashMidBackfill(config, reports, expected);
        assertThat(afterCrash).isEqualTo(reference);
        assertThat(outputsPerInput(config, reports))
                .as("facts not committed exactly once")
                .isEmpty();
        Map<String, byte[]> last = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r :
                committedLog(config, config.topics().goalStatus())) {
            byte[] previous = last.put(r.key(), r.value());
            assertThat(previous != null && Arrays.equals(previous, r.value()))
                    .as("committed duplicate for %s at offset %d", r.key(), r.offset())
                    .isFalse();
        }
    }

    /**
     * The counter-test of the one above: the same crash under at_least_once, where the committed facts
     * of some reports come twice. It shows that {@link #outputsPerInput} can see a duplicate. Run it on
     * demand (-Dtracker.it.alos=true): whether a given kill lands between a report's outputs and its
     * offsets is a matter of timing, so it is not a build gate.
     */
    @Test
    @EnabledIfSystemProperty(named = "tracker.it.alos", matches = "true")
    void underAtLeastOnceTheSameCrashCommitsDuplicates() throws Exception {
        List<ReportEnvelope> reports = GENERATOR.reports(2000, 4, 2018, 7);
        Set<String> expected = expectedGoals(reports);
        TrackerConfig config = contract.freshConfig()
                .with("tracker.metrics.port", "0")
                .with("processing.guarantee", "at_least_once")
                .with("commit.interval.ms", "5000");
        crashMidBackfill(config, reports, expected);
        List<String> duplicates = outputsPerInput(config, reports);
        System.out.println("at_least_once: " + duplicates.size() + " facts not committed exactly once, e.g. "
                + duplicates.stream().limit(3).toList());
        assertThat(duplicates).isNotEmpty();
    }

    /** Runs the app in a child JVM, kills it once a fifth of the goals and of the facts are out, runs it again to the end. */
    private Map<String, GoalStatus> crashMidBackfill(
            TrackerConfig config, List<ReportEnvelope> reports, Set<String> expected) throws Exception {
        int expectedFacts = expectedFacts(reports).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        ChildJvm first = startChild(config);
        publish(config, reports);
        int seenAtCrash;
        try (GoalStatusReader reader =
                new GoalStatusReader(config.clientProperties(), config.topics().goalStatus())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (reader.latest().size() < expected.size() / 5 && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(100), e -> {});
            }
            seenAtCrash = reader.latest().size();
        }
        int factsAtCrash = endOffsets(config, config.topics().facts());
        first.kill();
        assertThat(seenAtCrash).as("goals out before the crash").isGreaterThanOrEqualTo(expected.size() / 5);
        assertThat(factsAtCrash).as("fact records out before the crash").isGreaterThanOrEqualTo(expectedFacts / 5);
        assertThat(seenAtCrash)
                .as("the crash came in the middle of the backfill")
                .isLessThan(expected.size());

        ChildJvm second = startChild(config);
        try {
            return settled(config, expected, Duration.ofSeconds(240));
        } finally {
            second.stop();
        }
    }

    /** Fact key → 1 for every fact the reports state, as the extraction gives them. */
    private static Map<String, Integer> expectedFacts(List<ReportEnvelope> reports) {
        Map<String, Integer> facts = new HashMap<>();
        for (ReportEnvelope e : reports) {
            Reports.EXTRACTOR
                    .extractDocument(e.id(), e.text(), ReportOverrides.NONE)
                    .forEach(r -> r.facts().forEach(f -> facts.put(f.factKey(), 1)));
        }
        return facts;
    }

    /**
     * The reports whose facts the committed report-facts log does not hold exactly once each: every
     * input's outputs counted, on the raw log, read_committed.
     */
    static List<String> outputsPerInput(TrackerConfig config, List<ReportEnvelope> reports) {
        Map<String, Integer> want = expectedFacts(reports);
        Map<String, Integer> have = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r :
                committedLog(config, config.topics().facts())) {
            if (r.value() != null) {
                have.merge(r.key(), 1, Integer::sum);
            }
        }
        TreeSet<String> wrong = new TreeSet<>();
        for (String key : want.keySet()) {
            if (have.getOrDefault(key, 0) != 1) {
                wrong.add(key.substring(0, key.indexOf('|')) + " (" + key + " × " + have.getOrDefault(key, 0) + ")");
            }
        }
        have.keySet().stream().filter(k -> !want.containsKey(k)).forEach(k -> wrong.add("unexpected " + k));
        return List.copyOf(wrong);
    }

    private static int endOffsets(TrackerConfig config, String topic) {
        Properties p = new Properties();
        p.putAll(config.clientProperties());
        try (KafkaConsumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream()
                    .map(i -> new TopicPartition(topic, i.partition()))
                    .toList();
            return (int) c.endOffsets(parts).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** The app in its own JVM, as `tracker run` runs it, so that it can be killed for real. */
    private static ChildJvm startChild(TrackerConfig config) throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        for (String key : List.of(
                "bootstrap.servers",
                "application.id",
                "group.instance.id",
                "state.dir",
                "tracker.topic.prefix",
                "tracker.metrics.port",
                "tracker.metrics.host",
                "processing.guarantee",
                "commit.interval.ms")) {
            if (config.get(key) != null) {
                args.add("-c");
                args.add(key + "=" + config.get(key));
            }
        }
        return ChildJvm.start(EmbeddedKafka.tempDir("it-child"), "768m", args);
    }

    @Test
    void brokerRestartIsRiddenOutWithoutOperatorAction() throws Exception {
        List<ReportEnvelope> reports = GENERATOR.reports(240, 3, 2019, 11);
        Set<String> expected = expectedGoals(reports);
        Map<String, GoalStatus> reference = uninterrupted(reports, expected);

        Path dir = EmbeddedKafka.tempDir("it-restart-broker");
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, 0, Map.of()).start();
        int port = broker.port();
        TrackerConfig config = contract.freshConfig().with("bootstrap.servers", broker.bootstrapServers());
        try (TrackerApp app = TrackerApp.start(config, false)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            publish(config, reports.subList(0, 120));
            // The rest goes out steadily, across the outage: the producer holds what it cannot deliver.
            AtomicInteger sent = new AtomicInteger();
            Thread load = new Thread(
                    () -> {
                        try (ReportPublisher p = new ReportPublisher(
                                config.clientProperties(), config.topics().reports())) {
                            for (ReportEnvelope e : reports.subList(120, reports.size())) {
                                p.send(e);
                                sent.incrementAndGet();
                                Thread.sleep(15);
                            }
                            p.flush();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "restart-load");
            load.start();
            while (sent.get() < 30) {
                Thread.sleep(5);
            }
            int sentAtClose = 120 + sent.get();
            double processedAtClose = processed(app);
            broker.close();
            Thread.sleep(3000);
            int sentDuringOutage = 120 + sent.get() - sentAtClose;
            broker = new EmbeddedKafkaBroker(dir, port, Map.of()).start();
            load.join(120_000);
            assertThat(processedAtClose)
                    .as("reports published but not yet processed when the broker went down")
                    .isLessThan(sentAtClose);
            assertThat(sentDuringOutage)
                    .as("reports handed to the producer while the broker was down")
                    .isPositive();
            assertThat(sent.get()).isEqualTo(reports.size() - 120);
            assertThat(settled(config, expected, Duration.ofSeconds(180))).isEqualTo(reference);
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            broker.close();
        }
    }

    @Test
    void lostLocalStateIsRestoredFromTheChangelogs() throws Exception {
        List<ReportEnvelope> plans = new ArrayList<>();
        List<ReportEnvelope> reviews = new ArrayList<>();
        for (ReportEnvelope e : GENERATOR.reports(120, 2, 2022, 5)) {
            (e.id().endsWith("2022") ? plans : reviews).add(e);
        }
        List<ReportEnvelope> all = new ArrayList<>(plans);
        all.addAll(reviews);
        Set<String> expected = expectedGoals(all);
        Map<String, GoalStatus> reference = uninterrupted(all, expected);

        TrackerConfig config = contract.freshConfig();
        try (TrackerApp app = TrackerApp.start(config, false)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            publish(config, plans);
            settled(config, expectedGoals(plans), Duration.ofSeconds(120));
        }
        Path state = Path.of(config.get("state.dir"));
        try (Stream<Path> files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(state).doesNotExist();
        try (TrackerApp app = TrackerApp.start(config, false)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(120))).isTrue();
            publish(config, reviews);
            assertThat(settled(config, expected, Duration.ofSeconds(120))).isEqualTo(reference);
        }
    }

    @Test
    void poisonMixIsDeadLetteredWhileEveryValidReportIsProcessed() throws Exception {
        String secret = "机密原文标记";
        List<ReportEnvelope> valid = GENERATOR.reports(200, 2, 2020, 3).stream()
                .map(e -> new ReportEnvelope(e.id(), null, null, null, null, e.text() + "\n" + secret))
                .toList();
        Set<String> expected = expectedGoals(valid);
        TrackerConfig config = contract.freshConfig().with("tracker.max.report.bytes", "20000");
        try (LogCapture logs = new LogCapture();
                TrackerApp app = TrackerApp.start(config, false)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            int runningAt = app.stateHistory().size();
            int bad = 0;
            try (ReportPublisher p = new ReportPublisher(
                    config.clientProperties(), config.topics().reports())) {
                for (int i = 0; i < 1000; i++) {
                    if (i % 5 == 0) {
                        p.send(valid.get(i / 5));
                    }
                    byte[] poison = poison(i, secret);
                    p.sendBytes(poison == null ? null : "poison-" + i, poison);
                    bad++;
                }
                p.flush();
            }
            assertThat(settled(config, expected, Duration.ofSeconds(180)))
                    .containsKeys(expected.toArray(String[]::new));
            List<ConsumerRecord<String, byte[]>> dead =
                    committedLog(config, config.topics().deadLetters());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (dead.size() < bad && System.nanoTime() < deadline) {
                Thread.sleep(500);
                dead = committedLog(config, config.topics().deadLetters());
            }
            assertThat(dead).hasSize(bad);
            assertThat(dead)
                    .allSatisfy(r -> assertThat(r.headers().lastHeader(DeadLetters.ERROR_REASON))
                            .isNotNull());
            // Some reasons do quote the input: the log check below is a real one.
            assertThat(dead)
                    .anySatisfy(r -> assertThat(new String(
                                    r.headers()
                                            .lastHeader(DeadLetters.ERROR_REASON)
                                            .value(),
                                    StandardCharsets.UTF_8))
                            .contains(secret));
            assertThat(app.registry()
                            .get("tracker.reports")
                            .tag("outcome", "processed")
                            .counter()
                            .count())
                    .isEqualTo(200.0);
            assertThat(app.stateHistory().subList(runningAt, app.stateHistory().size()))
                    .as("stream states after start")
                    .allMatch(s -> s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING);
            assertThat(app.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(logs.lines()).noneMatch(l -> l.contains(secret));
        }
    }

    /**
     * A malformed input of one of eight kinds; null means a tombstone without a key. The secret stands
     * where a reason would quote the input: a bad year or source is named in its reason.
     */
    static byte[] poison(int i, String secret) {
        String s = switch (i % 8) {
            case 0 -> "{\"text\": \"" + secret + " unterminated";
            case 1 -> "{\"id\": \"x" + i + "\", \"region\": \"" + secret + "\"}";
            case 2 -> "{\"text\": \"   \"}";
            case 3 -> null;
            case 4 -> "{\"text\": \"" + secret + "\", \"year\": \"" + secret + "\"}";
            case 5 -> "x".repeat(20_001);
            case 6 -> "{\"text\": \"一份报告\", \"source\": \"" + secret + "\"}";
            default -> "[\"" + secret + "\"]";
        };
        if (i % 8 == 3) {
            return i % 2 == 0 ? new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) i} : null;
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static double processed(TrackerApp app) {
        return app.registry()
                .get("tracker.reports")
                .tag("outcome", "processed")
                .counter()
                .count();
    }
}
