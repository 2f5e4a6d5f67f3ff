package org.indicatortracker.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.indicatortracker.verdict.Tolerance;

/**
 * The tracker's configuration: its own {@code tracker.*} keys and any Kafka client or Streams
 * property, from (lowest to highest) defaults, a properties file, environment variables and
 * {@code --config key=value}. Every {@code tracker.*} key has an environment variable: upper case,
 * dots to underscores (tracker.metrics.port → TRACKER_METRICS_PORT); bootstrap.servers reads
 * KAFKA_BOOTSTRAP_SERVERS, and any KAFKA_* variable sets the matching Kafka property
 * (KAFKA_SASL_JAAS_CONFIG → sasl.jaas.config).
 */
public final class TrackerConfig {
    /** Every tracker key with its default; the README's configuration table lists the same. */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Properties props;

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("application.id", "indicator-tracker");
        d.put("state.dir", "data/streams");
        d.put("processing.guarantee", "exactly_once_v2");
        d.put("tracker.metrics.host", "0.0.0.0");
        d.put("tracker.metrics.port", "9464");
        d.put("tracker.advertised.host", "localhost");
        d.put("tracker.metrics.region.tags", "false");
        d.put("tracker.topic.prefix", "");
        d.put("tracker.tolerance.percentage.points", "0.5");
        d.put("tracker.tolerance.level.fraction", "0.03");
        d.put("tracker.max.report.bytes", String.valueOf(5 * 1024 * 1024));
        d.put("tracker.lexicon.file", "");
        d.put("tracker.stores", "persistent");
        d.put("tracker.embedded.port", "9092");
        d.put("tracker.embedded.data.dir", "data/kafka");
        return Map.copyOf(d);
    }

    private TrackerConfig(Properties props) {
        this.props = props;
    }

    public static TrackerConfig defaultsOnly() {
        return build(Optional.empty(), Map.of(), Map.of());
    }

    public static TrackerConfig fromEnvironment(Optional<Path> file, Map<String, String> overrides) {
        return build(file, System.getenv(), overrides);
    }

    public static TrackerConfig build(Optional<Path> file, Map<String, String> env, Map<String, String> overrides) {
        Properties p = new Properties();
        p.putAll(DEFAULTS);
        file.ifPresent(f -> {
            try (InputStream in = Files.newInputStream(f)) {
                Properties fromFile = new Properties();
                fromFile.load(in);
                p.putAll(fromFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + f, e);
            }
        });
        for (Map.Entry<String, String> e : env.entrySet()) {
            String name = e.getKey();
            if (name.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                p.put("bootstrap.servers", e.getValue());
            } else if (name.startsWith("TRACKER_")) {
                p.put(name.toLowerCase().replace('_', '.'), e.getValue());
            } else if (name.startsWith("KAFKA_")
                    && !name.equals("KAFKA_HOME")
                    && !name.equals("KAFKA_OPTS")
                    && !name.equals("KAFKA_HEAP_OPTS")) {
                p.put(name.substring(6).toLowerCase().replace('_', '.'), e.getValue());
            }
        }
        p.putAll(overrides);
        return new TrackerConfig(p);
    }

    public TrackerConfig with(String key, String value) {
        Properties p = new Properties();
        p.putAll(props);
        p.put(key, value);
        return new TrackerConfig(p);
    }

    public String get(String key) {
        return props.getProperty(key);
    }

    public Optional<String> bootstrapServers() {
        return Optional.ofNullable(props.getProperty("bootstrap.servers")).filter(s -> !s.isBlank());
    }

    public String applicationId() {
        return get("application.id");
    }

    public int metricsPort() {
        return Integer.parseInt(get("tracker.metrics.port"));
    }

    /** The host other instances reach this one's HTTP server at (application.server). */
    public String advertisedHost() {
        return get("tracker.advertised.host");
    }

    /** Whether goal gauges carry the region: unbounded cardinality, so off unless asked for. */
    public boolean regionTags() {
        return Boolean.parseBoolean(get("tracker.metrics.region.tags"));
    }

    public String metricsHost() {
        return get("tracker.metrics.host");
    }

    public TopicNames topics() {
        return TopicNames.withPrefix(get("tracker.topic.prefix"));
    }

    public Tolerance tolerance() {
        return new Tolerance(
                Double.parseDouble(get("tracker.tolerance.percentage.points")),
                Double.parseDouble(get("tracker.tolerance.level.fraction")));
    }

    public int maxReportBytes() {
        return Integer.parseInt(get("tracker.max.report.bytes"));
    }

    public Optional<Path> lexiconFile() {
        return Optional.ofNullable(get("tracker.lexicon.file"))
                .filter(s -> !s.isBlank())
                .map(Path::of);
    }

    public boolean inMemoryStores() {
        return "in-memory".equals(get("tracker.stores"));
    }

    public int embeddedPort() {
        return Integer.parseInt(get("tracker.embedded.port"));
    }

    public Path embeddedDataDir() {
        return Path.of(get("tracker.embedded.data.dir"));
    }

    /** Everything that is not a tracker.* key: the Kafka client and Streams properties. */
    public Properties kafkaProperties() {
        Properties k = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (!name.startsWith("tracker.")) {
                k.put(name, props.getProperty(name));
            }
        }
        return k;
    }

    /** The Kafka properties for a plain client (producer, consumer, admin): no Streams-only keys. */
    public Properties clientProperties() {
        Properties k = kafkaProperties();
        for (String streamsOnly : new String[] {
            "application.id",
            "state.dir",
            "processing.guarantee",
            "num.stream.threads",
            "commit.interval.ms",
            "group.instance.id",
            "statestore.cache.max.bytes",
            "default.key.serde",
            "default.value.serde",
            "replication.factor"
        }) {
            k.remove(streamsOnly);
        }
        return k;
    }

    /** The configuration with secrets masked, for logs. */
    public Map<String, String> redacted() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : props.stringPropertyNames().stream().sorted().toList()) {
            boolean secret = name.contains("password")
                    || name.contains("jaas")
                    || name.contains("secret")
                    || name.contains("token")
                    || name.endsWith(".key");
            out.put(name, secret ? "[hidden]" : props.getProperty(name));
        }
        return out;
    }
}
