package org.indicatortracker.bench;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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

/**
 * The end-to-end benchmark: an embedded broker in this JVM, the app (and the pass-through
 * topology) each in a JVM of its own so that their memory is their own, N generated reports
 * published as fast as they go, then a paced load for latency.
 */
public final class EndToEndBenchmark {
    /** What to run. */
    public record Settings(int reports, int reportBytes, int paceRate, int paceSeconds, int yearsPerRegion, String childHeap) {
    }

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
        ReportGenerator generator = new ReportGenerator(settings.reportBytes());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", settings.reports());
        out.put("reportBytes", settings.reportBytes());

        log.accept("pass-through: " + settings.reports() + " reports");
        createTopics("bench-pt-reports", "bench-pt-out");
        ChildJvm pt = ChildJvm.start(work.resolve("pt"), settings.childHeap(), List.of("bench-passthrough", "-b", bootstrap,
                "--input", "bench-pt-reports", "--output", "bench-pt-out", "--state-dir", work.resolve("pt-state").toString()));
        Backfill passThrough;
        try {
            passThrough = backfill(generator, "bench-pt-reports", "bench-pt-out", n -> n >= settings.reports());
        } finally {
            pt.stop();
        }
        out.put("passThroughSeconds", passThrough.seconds());
        out.put("passThroughReportsPerSecond", passThrough.reportsPerSecond(settings.reports()));

        log.accept("tracker: " + settings.reports() + " reports");
        int port = freePort();
        Path state = work.resolve("tracker-state");
        ChildJvm tracker = ChildJvm.start(work.resolve("tracker"), settings.childHeap(), List.of("run", "-b", bootstrap,
                "-c", "application.id=bench-tracker", "-c", "group.instance.id=bench-tracker",
                "-c", "tracker.topic.prefix=bench-tr-", "-c", "state.dir=" + state,
                "-c", "tracker.metrics.port=" + port, "-c", "tracker.metrics.host=127.0.0.1"));
        PeakSampler sampler = new PeakSampler(tracker);
        sampler.start();
        try {
            Backfill backfill = backfill(generator, "bench-tr-reports", "bench-tr-goal-status",
                    n -> handled(port) >= settings.reports());
            out.put("seconds", backfill.seconds());
            out.put("reportsPerSecond", backfill.reportsPerSecond(settings.reports()));
            out.put("mbPerSecond", backfill.bytes() / 1e6 / backfill.seconds());
            out.put("goalStatusEvents", backfill.outputs());
            out.put("throughputRatio", (double) out.get("reportsPerSecond") / (double) out.get("passThroughReportsPerSecond"));

            log.accept("latency: " + settings.paceRate() + " reports/s for " + settings.paceSeconds() + " s");
            List<Long> latencies = paced(generator, "bench-tr-reports", "bench-tr-goal-status");
            Collections.sort(latencies);
            out.put("latencySamples", latencies.size());
            out.put("latencyP50Ms", percentile(latencies, 0.50));
            out.put("latencyP99Ms", percentile(latencies, 0.99));
            out.put("latencyMaxMs", latencies.isEmpty() ? null : latencies.get(latencies.size() - 1));
        } finally {
            sampler.stopSampling();
            out.put("peakHeapMb", metric(port, "tracker_jvm_heap_peak_bytes{") / 1e6);
            out.put("peakRssMb", tracker.peakRssKb() / 1024.0);
            tracker.stop();
        }
        out.put("stateStoreMb", directorySize(state) / 1e6);
        return out;
    }

    private record Backfill(long firstSendNanos, long lastOutputNanos, long bytes, long outputs) {
        double seconds() {
            return (lastOutputNanos - firstSendNanos) / 1e9;
        }

        double reportsPerSecond(int n) {
            return n / seconds();
        }
    }

    /** Publishes every report as fast as it goes; done when {@code done} holds and the output is quiet. */
    private Backfill backfill(ReportGenerator generator, String input, String output,
                              java.util.function.LongPredicate done) throws Exception {
        AtomicLong lastOutput = new AtomicLong();
        AtomicLong outputs = new AtomicLong();
        try (OutputWatcher watcher = new OutputWatcher(output, lastOutput, outputs, null)) {
            watcher.start();
            long bytes = 0;
            long first;
            try (ReportPublisher publisher = new ReportPublisher(clientProps(), input)) {
                first = System.nanoTime();
                for (int i = 0; i < settings.reports(); i++) {
                    ReportGenerator.Slot slot = ReportGenerator.slot(i, settings.yearsPerRegion(), 2000);
                    String text = generator.report(slot.region(), slot.year(), 1);
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                    publisher.send(new ReportEnvelope(slot.region() + "-" + slot.year(), null, null, null, null, text));
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
    private List<Long> paced(ReportGenerator generator, String input, String output) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.currentTimeMillis();
        try (OutputWatcher watcher = new OutputWatcher(output, new AtomicLong(), new AtomicLong(), r -> {
            if (r.timestamp() >= start) {
                latencies.add(System.currentTimeMillis() - r.timestamp());
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
                    // Years after any the backfill wrote: every paced report is news.
                    ReportGenerator.Slot slot = ReportGenerator.slot(i, 1, 2050);
                    publisher.send(new ReportEnvelope(slot.region() + "-" + slot.year(), null, null, null, null,
                            generator.report(slot.region(), slot.year(), 2)));
                    publisher.flush();
                }
            }
            Thread.sleep(3000);
        }
        return new ArrayList<>(latencies);
    }

    private static Long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private long handled(int port) {
        return (long) metric(port, "tracker_reports_total{");
    }

    /** The sum of a metric's series in the app's /metrics (a scrape costs the app CPU: used sparingly). */
    private double metric(int port, String prefix) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
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
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
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
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
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
