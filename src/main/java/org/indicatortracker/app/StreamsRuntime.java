package org.indicatortracker.app;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.stream.DeadLetterOnError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up, step three: the topology in a KafkaStreams instance, with what keeps it observable and
 * alive (a failed stream thread is replaced, every state change is kept, the Streams meters are bound).
 */
final class StreamsRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRuntime.class);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics meters;
    private final List<KafkaStreams.State> history = new CopyOnWriteArrayList<>();

    /** @param self this instance's query address (port 0 when it serves no HTTP) */
    StreamsRuntime(
            TrackerConfig config,
            String bootstrap,
            String instance,
            Topology topology,
            Telemetry telemetry,
            HostInfo self) {
        Properties props = TrackerApp.streamsProperties(config, bootstrap, instance);
        props.putAll(DeadLetterOnError.properties(config.topics().deadLetters(), telemetry.metrics()));
        if (self.port() > 0) {
            props.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        }
        streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            history.add(now);
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.PENDING_ERROR) {
                LOG.error("streams app left RUNNING: {} -> {}", before, now);
            }
        });
        // Task and state-store meters appear after start-up: look for new ones every 10 s, not 60.
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tracker-metrics-refresh");
            t.setDaemon(true);
            return t;
        });
        meters = new KafkaStreamsMetrics(streams, List.of(), refresher, Duration.ofSeconds(10));
        meters.bindTo(telemetry.registry());
    }

    KafkaStreams streams() {
        return streams;
    }

    List<KafkaStreams.State> history() {
        return List.copyOf(history);
    }

    void start() {
        streams.start();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        meters.close();
    }
}
