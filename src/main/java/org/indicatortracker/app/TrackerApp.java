package org.indicatortracker.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Lexicon;
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

    private final StreamsRuntime runtime;
    private final Telemetry telemetry;
    private final HttpApi http;

    private TrackerApp(StreamsRuntime runtime, Telemetry telemetry, HttpApi http) {
        this.runtime = runtime;
        this.telemetry = telemetry;
        this.http = http;
    }

    /** Applies the topics, starts the topology and (if asked) the HTTP server: the steps in order. */
    public static TrackerApp start(TrackerConfig config, boolean serveHttp) {
        return start(config, serveHttp, null);
    }

    /** The same, with the extraction step given (tests use it to make a stream thread fail); null for the real one. */
    public static TrackerApp start(TrackerConfig config, boolean serveHttp, DocumentExtractor extractor) {
        String bootstrap =
                config.bootstrapServers().orElseThrow(() -> new IllegalArgumentException("no bootstrap.servers"));
        // What an operator needs to see when a deployment misbehaves; secrets masked.
        LOG.info("starting with configuration {}", config.redacted());
        TopicSetup.apply(config);
        String instance = instanceId(config);
        Lexicon lexicon = Lexicon.load(config.lexiconFile());
        Telemetry telemetry = Telemetry.create(config, instance, lexicon);

        // The HTTP server starts first: its port is this instance's application.server for queries.
        AtomicReference<StreamsRuntime> running = new AtomicReference<>();
        HttpApi http = null;
        if (serveHttp) {
            http = new HttpApi(
                            config.metricsHost(),
                            config.metricsPort(),
                            telemetry.registry(),
                            () -> running.get() != null
                                    && running.get().streams().state() == KafkaStreams.State.RUNNING)
                    .start();
            LOG.info("metrics at http://localhost:{}/metrics", http.port());
        }
        HostInfo self = new HostInfo(config.advertisedHost(), http == null ? 0 : http.port());
        StreamsRuntime runtime;
        try {
            Topology topology = TrackerTopology.buildTopology(
                    config, lexicon, extractor != null ? extractor : new Extractor(lexicon), telemetry.metrics());
            runtime = new StreamsRuntime(config, bootstrap, instance, topology, telemetry, self);
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            throw e;
        }
        running.set(runtime);
        if (http != null) {
            http.queries(new QueryService(runtime.streams(), self, TrackerTopology.evaluator(config, lexicon)));
        }
        runtime.start();
        return new TrackerApp(runtime, telemetry, http);
    }

    /** The Streams properties of the app; the pass-through benchmark runs with the very same. */
    public static Properties streamsProperties(TrackerConfig config, String bootstrap, String instance) {
        Properties p = config.kafkaProperties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Static membership: a restart within the session timeout rejoins without a rebalance.
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), instance);
        // 25 ms keeps p99 report-to-status latency near 200 ms at 50 reports/s (two transactional hops; 50 ms
        // gave 280-300 ms), with the same backfill throughput on real reports. README, "Performance".
        p.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "25");
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
        return runtime.history();
    }

    public KafkaStreams streams() {
        return runtime.streams();
    }

    public PrometheusMeterRegistry registry() {
        return telemetry.registry();
    }

    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /** Waits until the streams app is RUNNING; false on timeout or failure. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = runtime.streams().state();
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
        runtime.close();
        if (http != null) {
            http.close();
        }
        telemetry.registry().close();
    }
}
