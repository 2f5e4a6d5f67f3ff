package org.indicatortracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.indicatortracker.kafka.ReportPublisher;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.verdict.GoalKey;

/**
 * The end-to-end benchmark: an embedded broker in this JVM, the app and two reference topologies
 * (the pass-through, and the extraction only) each in a JVM of its own so that their memory is their
 * own, N reports (generated, or real ones replayed) published as fast as they go, then a paced load
 * for latency. The three take turns over several rounds, the app first in even rounds and last in
 * odd ones, so that the machine's noise falls on all: the figures are the medians of the rounds,
 * with their spread.
 */
public final class EndToEndBenchmark {
    /**
     * What to run.
     *
     * @param corpus     a folder of real reports to replay, or null for generated ones
     * @param rounds     how many times the tracker and each reference run
     * @param recordings a folder for a flight recording of each tracker JVM, or null for none
     * @param warmUp     reports each app processes, unmeasured, before its backfill is timed
     * @param appConfig  properties given to every app, tracker and references alike
     */
    public record Settings(
            int reports,
            int warmUp,
            int reportBytes,
            int paceRate,
            int paceSeconds,
            int yearsPerRegion,
            String childHeap,
            Path corpus,
            int rounds,
            Path recordings,
            Map<String, String> appConfig) {}

    private final Settings settings;
    private final String bootstrap;
    private final Path work;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newHttpClient();

    public EndToEndBenchmark(Settings settings, String bootstrap, Path work, Consumer<String> log) {
        this.settings = settings;
        this.bootstrap = bootstrap;
        this.work = work;
        this.log = log;
    }

    public Map<String, Object> run() throws Exception {
        BenchReports reports = settings.corpus() == null
                ? BenchReports.generated(new ReportGenerator(settings.reportBytes()), settings.yearsPerRegion())
                : BenchReports.replayed(CorpusReports.load(settings.corpus()));
        warmUp(reports);
        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int r = 1; r <= settings.rounds(); r++) {
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("round", r);
            // The references first in odd rounds, the app first in even ones.
            boolean referencesFirst = r % 2 == 1;
            List<Reference> references = referencesFirst
                    ? List.of(Reference.PASS_THROUGH, Reference.EXTRACTION_ONLY)
                    : List.of(Reference.EXTRACTION_ONLY, Reference.PASS_THROUGH);
            List<String> names =
                    new ArrayList<>(references.stream().map(Reference::label).toList());
            names.add(referencesFirst ? names.size() : 0, "tracker");
            round.put("order", String.join(", ", names));
            if (!referencesFirst) {
                tracker(r, reports, round);
            }
            for (Reference reference : references) {
                reference(r, reference, reports, round);
            }
            if (referencesFirst) {
                tracker(r, reports, round);
            }
            double passThrough = (double) round.get("passThroughReportsPerSecond");
            double extractionOnly = (double) round.get("extractionOnlyReportsPerSecond");
            round.put("throughputRatio", (double) round.get("reportsPerSecond") / passThrough);
            round.put("extractionOnlyRatio", extractionOnly / passThrough);
            round.put("trackerToExtractionOnlyRatio", (double) round.get("reportsPerSecond") / extractionOnly);
            // The machine's load as the round ends: a round run beside other work shows it here.
            round.put(
                    "loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            log.accept(String.format(
                    Locale.ROOT,
                    "round %d: tracker %.0f reports/s, pass-through %.0f, ratio %.2f; extraction only %.0f"
                            + " (%.2f of the pass-through; the tracker %.2f of it); p99 %s ms, peak RSS %.0f MB",
                    r,
                    round.get("reportsPerSecond"),
                    passThrough,
                    round.get("throughputRatio"),
                    extractionOnly,
                    round.get("extractionOnlyRatio"),
                    round.get("trackerToExtractionOnlyRatio"),
                    round.get("latencyP99Ms"),
                    round.get("peakRssMb")));
            rounds.add(round);
        }
        return summary(reports, rounds);
    }

    /**
     * Publishes up to 2,000 of the reports to a scratch topic, unmeasured, so that the broker and the
     * publisher are warm before the first round: cold, they slowed whichever ran first by half.
     */
    private void warmUp(BenchReports reports) throws Exception {
        int n = Math.min(settings.reports(), 2000);
        log.accept("warm-up: " + n + " reports, unmeasured");
        createTopics("bench-warm-up");
        try (ReportPublisher publisher = new ReportPublisher(clientProps(), "bench-warm-up")) {
            for (int i = 0; i < n; i++) {
                publisher.send(reports.backfill(i));
            }
            publisher.flush();
        }
        deleteTopics("bench-warm-up");
    }

    /** The medians of the rounds, the spread of the ones that decide, the peaks at their highest. */
    private Map<String, Object> summary(BenchReports reports, List<Map<String, Object>> rounds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", reports.describe());
        out.put("reports", settings.reports());
        out.put("warmUpReports", settings.warmUp());
        out.put("meanReportBytes", Math.round(median(rounds, "bytes") / settings.reports()));
        out.put("rounds", rounds.size());
        out.put("seconds", median(rounds, "seconds"));
        out.put("reportsPerSecond", median(rounds, "reportsPerSecond"));
        out.put("mbPerSecond", median(rounds, "mbPerSecond"));
        out.put("goalStatusEvents", whole(median(rounds, "goalStatusEvents")));
        out.put("passThroughSeconds", median(rounds, "passThroughSeconds"));
        out.put("passThroughReportsPerSecond", median(rounds, "passThroughReportsPerSecond"));
        putWithSpread(out, rounds, "throughputRatio");
        out.put("extractionOnlySeconds", median(rounds, "extractionOnlySeconds"));
        out.put("extractionOnlyReportsPerSecond", median(rounds, "extractionOnlyReportsPerSecond"));
        putWithSpread(out, rounds, "extractionOnlyRatio");
        out.put("trackerToExtractionOnlyRatio", median(rounds, "trackerToExtractionOnlyRatio"));
        out.put("latencySamples", whole(median(rounds, "latencySamples")));
        out.put("latencyP50Ms", whole(median(rounds, "latencyP50Ms")));
        out.put("latencyP99Ms", whole(median(rounds, "latencyP99Ms")));
        out.put("latencyP99MsMin", whole(extreme(rounds, "latencyP99Ms", false)));
        out.put("latencyP99MsMax", whole(extreme(rounds, "latencyP99Ms", true)));
        out.put("latencyMaxMs", whole(extreme(rounds, "latencyMaxMs", true)));
        out.put("peakHeapMb", extreme(rounds, "peakHeapMb", true));
        out.put("peakRssMb", extreme(rounds, "peakRssMb", true));
        out.put("peakRssMbMin", extreme(rounds, "peakRssMb", false));
        out.put("stateStoreMb", median(rounds, "stateStoreMb"));
        out.put("perRound", rounds);
        return out;
    }

    /** A ratio's median, and its lowest and highest round as {@code <key>Min} and {@code <key>Max}. */
    private static void putWithSpread(Map<String, Object> out, List<Map<String, Object>> rounds, String key) {
        out.put(key, median(rounds, key));
        out.put(key + "Min", extreme(rounds, key, false));
        out.put(key + "Max", extreme(rounds, key, true));
    }

    /** The median of a figure over the rounds that have it (the mean of the middle two for an even count). */
    static Double median(List<Map<String, Object>> rounds, String key) {
        List<Double> v = values(rounds, key);
        if (v.isEmpty()) {
            return null;
        }
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** Counts and milliseconds as whole numbers. */
    private static Long whole(Double v) {
        return v == null ? null : Math.round(v);
    }

    private static Double extreme(List<Map<String, Object>> rounds, String key, boolean max) {
        List<Double> v = values(rounds, key);
        return v.isEmpty() ? null : v.get(max ? v.size() - 1 : 0);
    }

    private static List<Double> values(List<Map<String, Object>> rounds, String key) {
        return rounds.stream()
                .map(r -> r.get(key))
                .filter(Number.class::isInstance)
                .map(n -> ((Number) n).doubleValue())
                .sorted()
                .toList();
    }

    /**
     * The topologies the app is read against, each with the app's Streams configuration: the
     * pass-through, which only copies reports, and the extraction only, which reads each as the app
     * does and writes nothing of what it read, the floor of any topology that reads every report.
     */
    enum Reference {
        PASS_THROUGH("passThrough", "pass-through", "pt", List.of()),
        EXTRACTION_ONLY("extractionOnly", "extraction only", "ex", List.of("--extraction-only"));

        private final String key;
        private final String label;
        private final String prefix;
        private final List<String> args;

        Reference(String key, String label, String prefix, List<String> args) {
            this.key = key;
            this.label = label;
            this.prefix = prefix;
            this.args = args;
        }

        String label() {
            return label;
        }
    }

    private void reference(int r, Reference reference, BenchReports reports, Map<String, Object> round)
            throws Exception {
        String topicPrefix = "bench-" + reference.prefix + r + "-";
        String input = topicPrefix + "reports";
        String output = topicPrefix + "out";
        createTopics(input, output);
        Path state = work.resolve(reference.prefix + r + "-state");
        List<String> args = new ArrayList<>(List.of(
                "bench-passthrough",
                "-b",
                bootstrap,
                "--input",
                input,
                "--output",
                output,
                "--state-dir",
                state.toString()));
        args.addAll(reference.args);
        args.addAll(appConfigArgs());
        ChildJvm app = ChildJvm.start(work.resolve(reference.prefix + r), settings.childHeap(), args);
        Backfill timed;
        try {
            if (settings.warmUp() > 0) {
                log.accept("round " + r + ", " + reference.label + " warm-up: " + settings.warmUp()
                        + " reports, unmeasured");
                backfill(reports::warmUp, settings.warmUp(), input, output, n -> n >= settings.warmUp());
            }
            log.accept("round " + r + ", " + reference.label + ": " + settings.reports() + " reports, timed");
            CpuWatch cpu = new CpuWatch(app, "bench-passthrough");
            timed = backfill(reports::backfill, settings.reports(), input, output, n -> n >= settings.reports());
            cpu.put(round, reference.key);
            logCpu(r, reference.label, round, reference.key);
        } finally {
            app.stop();
        }
        round.put(reference.key + "Seconds", timed.seconds());
        round.put(reference.key + "ReportsPerSecond", timed.reportsPerSecond(settings.reports()));
        cleanUp(state, topicPrefix);
    }

    private void logCpu(int r, String label, Map<String, Object> round, String key) {
        log.accept("round " + r + ", CPU seconds of the " + label
                + "'s JVM by thread group during the timed backfill: " + round.get(key + "CpuSeconds")
                + "; the benchmark's JVM (broker, publisher): " + round.get(key + "BenchJvmCpuSeconds"));
    }

    private void tracker(int r, BenchReports reports, Map<String, Object> round) throws Exception {
        int port = freePort();
        Path state = work.resolve("tracker" + r + "-state");
        String prefix = "bench-tr" + r + "-";
        String app = "bench-tracker-" + r;
        List<String> jvmArgs = settings.recordings() == null
                ? List.of()
                : List.of(
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:+DebugNonSafepoints",
                        // Streams and Jackson nest deep: at the default 64 frames, the frames that say whose work it is
                        // are cut.
                        "-XX:FlightRecorderOptions=stackdepth=256",
                        "-XX:StartFlightRecording=settings=profile,filename="
                                + settings.recordings().toAbsolutePath().resolve("tracker-round" + r + ".jfr"));
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(appConfigArgs());
        args.addAll(List.of(
                "-b",
                bootstrap,
                "-c",
                "application.id=" + app,
                "-c",
                "group.instance.id=" + app,
                "-c",
                "tracker.topic.prefix=" + prefix,
                "-c",
                "state.dir=" + state,
                "-c",
                "tracker.metrics.port=" + port,
                "-c",
                "tracker.metrics.host=127.0.0.1"));
        ChildJvm tracker = ChildJvm.start(work.resolve("tracker" + r), settings.childHeap(), jvmArgs, args);
        PeakSampler sampler = new PeakSampler(tracker);
        sampler.start();
        try {
            Backfill backfill;
            try (Admin admin = Admin.create(clientProps())) {
                if (settings.warmUp() > 0) {
                    log.accept("round " + r + ", tracker warm-up: " + settings.warmUp() + " reports, unmeasured");
                    backfill(
                            reports::warmUp,
                            settings.warmUp(),
                            prefix + "reports",
                            prefix + "goal-status",
                            n -> committed(admin, app, prefix + "reports") >= settings.warmUp());
                }
                log.accept("round " + r + ", tracker: " + settings.reports() + " reports, timed");
                CpuWatch cpu = new CpuWatch(tracker, app);
                backfill = backfill(
                        reports::backfill,
                        settings.reports(),
                        prefix + "reports",
                        prefix + "goal-status",
                        n -> committed(admin, app, prefix + "reports") >= settings.warmUp() + settings.reports());
                cpu.put(round, "tracker");
                logCpu(r, "tracker", round, "tracker");
            }
            round.put("seconds", backfill.seconds());
            round.put("bytes", (double) backfill.bytes());
            round.put("reportsPerSecond", backfill.reportsPerSecond(settings.reports()));
            round.put("mbPerSecond", backfill.bytes() / 1e6 / backfill.seconds());
            round.put("goalStatusEvents", backfill.outputs());

            log.accept("round " + r + ", latency: " + settings.paceRate() + " reports/s for " + settings.paceSeconds()
                    + " s");
            Map<String, List<Long>> byKind = new TreeMap<>();
            List<Long> latencies = paced(reports, prefix + "reports", prefix + "goal-status", byKind);
            Collections.sort(latencies);
            round.put("latencySamples", latencies.size());
            round.put("latencyP50Ms", percentile(latencies, 0.50));
            round.put("latencyP99Ms", percentile(latencies, 0.99));
            round.put("latencyMaxMs", latencies.isEmpty() ? null : latencies.get(latencies.size() - 1));
            // By kind of goal: annual, five_year and relative (set against another region).
            Map<String, Object> kinds = new TreeMap<>();
            byKind.forEach((kind, l) -> {
                Collections.sort(l);
                kinds.put(
                        kind, Map.of("samples", l.size(), "p50Ms", percentile(l, 0.50), "p99Ms", percentile(l, 0.99)));
            });
            round.put("latencyByGoalKind", kinds);
            log.accept("round " + r + ", latency by kind of goal: " + kinds);
        } finally {
            sampler.stopSampling();
            round.put("peakHeapMb", metric(port, "tracker_jvm_heap_peak_bytes{") / 1e6);
            round.put("peakRssMb", tracker.peakRssKb() / 1024.0);
            tracker.stop();
        }
        round.put("stateStoreMb", directorySize(state) / 1e6);
        cleanUp(state, prefix, app + "-");
    }

    /** The settings under test, as the children's {@code -c key=value} options. */
    private List<String> appConfigArgs() {
        List<String> out = new ArrayList<>();
        settings.appConfig().forEach((k, v) -> out.addAll(List.of("-c", k + "=" + v)));
        return out;
    }

    /**
     * The CPU time an app's JVM and this one (the broker, the publisher) spend while a backfill is
     * timed, by thread group: {@code <name>CpuSeconds} and {@code <name>BenchJvmCpuSeconds} in the round.
     */
    private static final class CpuWatch {
        /** The broker's request handlers; the publisher is the main thread, which the kernel calls "java". */
        private static final Map<String, String> BENCH_GROUPS =
                Map.of("data-plane-kafka-request-handler", "brokerRequests", "java", "publisher");

        private final long appPid;
        private final Map<String, String> appGroups;
        private final Map<String, Long> appBefore;
        private final Map<String, Long> benchBefore;

        /** @param applicationId the app's stream threads are named after it */
        CpuWatch(ChildJvm app, String applicationId) {
            this.appPid = app.pid();
            this.appGroups = Map.of(applicationId, "stream");
            this.appBefore = ThreadCpu.snapshot(appPid, appGroups);
            this.benchBefore = ThreadCpu.snapshot(ProcessHandle.current().pid(), BENCH_GROUPS);
        }

        void put(Map<String, Object> round, String name) {
            round.put(name + "CpuSeconds", ThreadCpu.seconds(appBefore, ThreadCpu.snapshot(appPid, appGroups)));
            round.put(
                    name + "BenchJvmCpuSeconds",
                    ThreadCpu.seconds(
                            benchBefore,
                            ThreadCpu.snapshot(ProcessHandle.current().pid(), BENCH_GROUPS)));
        }
    }

    /** The round's topics and state go once measured: twenty thousand reports are a gigabyte a topic. */
    private void cleanUp(Path state, String... topicPrefixes) throws Exception {
        deleteTopics(topicPrefixes);
        deleteTree(state);
    }

    private void deleteTopics(String... topicPrefixes) throws Exception {
        try (Admin admin = Admin.create(clientProps())) {
            List<String> doomed = admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                    .filter(t -> Stream.of(topicPrefixes).anyMatch(t::startsWith))
                    .toList();
            admin.deleteTopics(doomed).all().get(60, TimeUnit.SECONDS);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Backfill(long firstSendNanos, long lastOutputNanos, long bytes, long outputs) {
        double seconds() {
            return (lastOutputNanos - firstSendNanos) / 1e9;
        }

        double reportsPerSecond(int n) {
            return n / seconds();
        }
    }

    /** Publishes {@code count} reports as fast as they go; done when {@code done} holds and the output is quiet. */
    private Backfill backfill(
            IntFunction<ReportEnvelope> reports, int count, String input, String output, LongPredicate done)
            throws Exception {
        AtomicLong lastOutput = new AtomicLong();
        AtomicLong outputs = new AtomicLong();
        try (OutputWatcher watcher = new OutputWatcher(output, lastOutput, outputs, null)) {
            watcher.start();
            long bytes = 0;
            long first;
            try (ReportPublisher publisher = new ReportPublisher(clientProps(), input)) {
                first = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    ReportEnvelope report = reports.apply(i);
                    bytes += report.text().getBytes(StandardCharsets.UTF_8).length;
                    publisher.send(report);
                }
                publisher.flush();
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(1000);
                long quiet = System.nanoTime() - Math.max(lastOutput.get(), first);
                if (done.test(outputs.get()) && quiet > Duration.ofSeconds(3).toNanos()) {
                    break;
                }
            }
            return new Backfill(first, lastOutput.get(), bytes, outputs.get());
        }
    }

    /** A paced load of new reports; the latency of every goal-status event they cause. */
    private List<Long> paced(BenchReports reports, String input, String output, Map<String, List<Long>> byKind)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.currentTimeMillis();
        try (OutputWatcher watcher = new OutputWatcher(output, new AtomicLong(), new AtomicLong(), r -> {
            if (r.timestamp() >= start) {
                long latency = System.currentTimeMillis() - r.timestamp();
                latencies.add(latency);
                byKind.computeIfAbsent(kindOf(r.key()), k -> new ArrayList<>()).add(latency);
            }
        })) {
            watcher.start();
            int total = settings.paceRate() * settings.paceSeconds();
            long interval = 1_000_000_000L / settings.paceRate();
            long t0 = System.nanoTime();
            try (ReportPublisher publisher = new ReportPublisher(clientProps(), input)) {
                for (int i = 0; i < total; i++) {
                    long due = t0 + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    publisher.send(reports.paced(i));
                    publisher.flush();
                }
            }
            Thread.sleep(3000);
        }
        return new ArrayList<>(latencies);
    }

    /** annual, five_year or relative, from a goal-status key; "other" for a key that is not a goal's. */
    private static String kindOf(String key) {
        try {
            return GoalKey.parse(key).kind();
        } catch (RuntimeException e) {
            return "other";
        }
    }

    private static Long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /**
     * How many input records the app has committed (its consumer group's offsets on the topic, which
     * the bench alone writes, from 0): asked of the broker, it costs the app nothing. Scraping the
     * app's /metrics once a second for {@code tracker_reports_total} cost it 6–9% of its CPU
     * (a scrape collects every Kafka client meter, whatever the names asked for).
     */
    private static long committed(Admin admin, String group, String topic) {
        try {
            return admin
                    .listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS)
                    .entrySet()
                    .stream()
                    .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset())
                    .sum();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    /** The sum of a metric's series in the app's /metrics (a scrape costs the app CPU: used once, at the end). */
    private double metric(int port, String prefix) {
        try {
            String body = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            double total = 0;
            for (String line : body.split("\n")) {
                if (line.startsWith(prefix)) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return total;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Properties clientProps() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        return p;
    }

    private void createTopics(String... names) throws Exception {
        try (Admin admin = Admin.create(clientProps())) {
            List<NewTopic> topics = new ArrayList<>();
            for (String n : names) {
                topics.add(new NewTopic(n, 6, (short) 1).configs(Map.of("max.message.bytes", "8388608")));
            }
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    private static long directorySize(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Reads an output topic (read_committed), counting records and noting when the last one came. */
    private final class OutputWatcher extends Thread implements AutoCloseable {
        private final String topic;
        private final AtomicLong last;
        private final AtomicLong count;
        private final Consumer<ConsumerRecord<String, byte[]>> each;
        private volatile boolean running = true;

        OutputWatcher(String topic, AtomicLong last, AtomicLong count, Consumer<ConsumerRecord<String, byte[]>> each) {
            super("bench-watch-" + topic);
            setDaemon(true);
            this.topic = topic;
            this.last = last;
            this.count = count;
            this.each = each;
        }

        @Override
        public void run() {
            Properties p = clientProps();
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            try (KafkaConsumer<String, byte[]> c =
                    new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> parts = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (parts.isEmpty() && System.nanoTime() < deadline) {
                    c.partitionsFor(topic).forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
                }
                c.assign(parts);
                c.seekToEnd(parts);
                parts.forEach(c::position);
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(100))) {
                        count.incrementAndGet();
                        last.set(System.nanoTime());
                        if (each != null) {
                            each.accept(r);
                        }
                    }
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            join(10_000);
        }
    }

    /** Samples the child's RSS (from /proc, which costs the child nothing) while it runs. */
    private final class PeakSampler extends Thread {
        private final ChildJvm child;
        private volatile boolean running = true;

        PeakSampler(ChildJvm child) {
            super("bench-peaks");
            setDaemon(true);
            this.child = child;
        }

        @Override
        public void run() {
            while (running) {
                child.sampleRss();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }
    }
}
