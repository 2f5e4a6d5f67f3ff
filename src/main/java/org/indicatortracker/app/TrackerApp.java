package org.indicatortracker.app;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.kafka.TopicAdmin;
import org.indicatortracker.kafka.TopicCatalog;
import org.apache.kafka.streams.state.HostInfo;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.stream.BoundedRocksDb;
import org.indicatortracker.stream.TrackerTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams application: topics applied, the topology started, metrics served. Closing it
 * closes the streams first and then the HTTP server.
 */
public final class TrackerApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackerApp.class);

    private final KafkaStreams streams;
    private final PrometheusMeterRegistry registry;
    private final HttpApi http;
    private final KafkaStreamsMetrics streamsMetrics;

    private final List<KafkaStreams.State> history;

    private TrackerApp(KafkaStreams streams, PrometheusMeterRegistry registry, HttpApi http, KafkaStreamsMetrics km,
                       List<KafkaStreams.State> history) {
        this.history = history;
        this.streams = streams;
        this.registry = registry;
        this.http = http;
        this.streamsMetrics = km;
    }

    /** Applies the topics, starts the topology and (if port ≥ 0) the HTTP server. */
    public static TrackerApp start(TrackerConfig config, boolean serveHttp) {
        String bootstrap = config.bootstrapServers().orElseThrow(() -> new IllegalArgumentException("no bootstrap.servers"));
        // What an operator needs to see when a deployment misbehaves; secrets masked.
        LOG.info("starting with configuration {}", config.redacted());
        TopicAdmin.Outcome topics = new TopicAdmin(config.clientProperties()).apply(TopicCatalog.load(), config.topics());
        if (!topics.ok()) {
            throw new IllegalStateException("topic setup failed: " + topics.errors());
        }
        topics.actions().forEach(a -> LOG.info("topics: {}", a));

        String instance = instanceId(config);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("application", config.applicationId(), "instance", instance);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // The JVM's own record of the highest heap use, for capacity planning and the benchmark.
        io.micrometer.core.instrument.Gauge.builder("tracker.jvm.heap.peak", () -> java.lang.management.ManagementFactory
                        .getMemoryPoolMXBeans().stream()
                        .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum())
                .baseUnit("bytes").description("Peak heap used since start, summed over heap pools").register(registry);
        Lexicon lexicon = Lexicon.load(config.lexiconFile());
        TrackerMetrics metrics = new TrackerMetrics(registry, config.regionTags())
                .preRegister(lexicon.indicators().stream().map(org.indicatortracker.extract.Indicator::id).toList());

        // The HTTP server starts first: its port is this instance's application.server for queries.
        KafkaStreams[] holder = new KafkaStreams[1];
        HttpApi http = null;
        if (serveHttp) {
            http = new HttpApi(config.metricsHost(), config.metricsPort(), registry,
                    () -> holder[0] != null && holder[0].state() == KafkaStreams.State.RUNNING).start();
            LOG.info("metrics at http://localhost:{}/metrics", http.port());
        }
        Properties props = streamsProperties(config, bootstrap, instance);
        HostInfo self = new HostInfo(config.advertisedHost(), http == null ? 0 : http.port());
        if (http != null) {
            props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        }
        KafkaStreams streams;
        try {
            streams = new KafkaStreams(TrackerTopology.buildTopology(config, lexicon, metrics), props);
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            throw e;
        }
        holder[0] = streams;
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        // Task and state-store meters appear after start-up: look for new ones every 10 s, not 60.
        java.util.concurrent.ScheduledExecutorService refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tracker-metrics-refresh");
            t.setDaemon(true);
            return t;
        });
        KafkaStreamsMetrics km = new KafkaStreamsMetrics(streams, java.util.List.of(), refresher, Duration.ofSeconds(10));
        km.bindTo(registry);
        if (http != null) {
            http.queries(new QueryService(streams, self, TrackerTopology.evaluator(config, lexicon)));
        }
        List<KafkaStreams.State> history = new CopyOnWriteArrayList<>();
        streams.setStateListener((now, before) -> {
            history.add(now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.PENDING_ERROR) {
                LOG.error("streams app left RUNNING: {} -> {}", before, now);
            }
        });
        streams.start();
        return new TrackerApp(streams, registry, http, km, history);
    }

    /** The Streams properties of the app; the pass-through benchmark runs with the very same. */
    public static Properties streamsProperties(TrackerConfig config, String bootstrap, String instance) {
        Properties p = config.kafkaProperties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Static membership: a restart within the session timeout rejoins without a rebalance.
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instance);
        // 50 ms keeps p99 report-to-status latency under 300 ms at 50 reports/s (two transactional hops);
        // 100 ms gives ~20% more backfill throughput. README, "Performance".
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50");
        // Two threads: one transaction waits on the broker while the other works (measured: +15% backfill).
        p.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "2");
        p.putIfAbsent(StreamsConfig.producerPrefix("max.request.size"), "8388608");
        p.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDb.class.getName());
        return p;
    }

    static String instanceId(TrackerConfig config) {
        String explicit = config.get("group.instance.id");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        String pod = System.getenv("POD_NAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** Every state the streams app has entered, in order. */
    public List<KafkaStreams.State> stateHistory() {
        return List.copyOf(history);
    }

    public KafkaStreams streams() {
        return streams;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** Waits until the streams app is RUNNING; false on timeout or failure. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = streams.state();
            if (s == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
        if (http != null) {
            http.close();
        }
        registry.close();
    }
}
