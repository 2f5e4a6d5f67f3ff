package org.indicatortracker.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process),
 * running inside this JVM. Its storage is formatted once, while {@code meta.properties} is missing,
 * and kept between runs. Serves {@code run} without a bootstrap server, the demo, and the
 * integration tests.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    /**
     * @param dataDir   where the log and metadata live
     * @param port      the client port; 0 picks a free one
     * @param overrides extra broker properties (listeners, SASL …); {port} and {controllerPort} in a
     *                  value stand for the ports in use
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> overrides) {
        this.dataDir = dataDir;
        this.port = port == 0 ? freePort() : port;
        this.overrides = Map.copyOf(overrides);
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        Properties props = brokerProperties();
        try {
            Files.createDirectories(dataDir);
            Path configFile = dataDir.resolve("server.properties");
            try (var out = Files.newOutputStream(configFile)) {
                props.store(out, "indicator-tracker embedded broker");
            }
            if (!Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
                format(configFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker storage in " + dataDir, e);
        }
        KafkaRaftServer s = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        try {
            s.startup();
        } catch (RuntimeException e) {
            // A half-started server keeps non-daemon threads alive: shut it down or the JVM never exits.
            s.shutdown();
            s.awaitShutdown();
            throw new IllegalStateException("embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        server = s;
        LOG.info("embedded Kafka broker ready at {}", bootstrapServers());
        return this;
    }

    private Properties brokerProperties() {
        int controllerPort = previousControllerPort().orElseGet(EmbeddedKafkaBroker::freePort);
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("log").toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("message.max.bytes", "8388608");
        p.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        overrides.forEach((k, v) -> p.put(k, v.replace("{port}", String.valueOf(port))
                .replace("{controllerPort}", String.valueOf(controllerPort))));
        return p;
    }

    /** A restarted broker keeps its controller port, so the quorum it formatted with stays valid. */
    private java.util.Optional<Integer> previousControllerPort() {
        Path config = dataDir.resolve("server.properties");
        if (!Files.exists(config)) {
            return java.util.Optional.empty();
        }
        Properties old = new Properties();
        try (var in = Files.newInputStream(config)) {
            old.load(in);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        String voters = old.getProperty("controller.quorum.voters", "");
        int colon = voters.lastIndexOf(':');
        return colon < 0 ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(voters.substring(colon + 1)));
    }

    /** Broker properties for a SASL_PLAINTEXT listener with the PLAIN mechanism and the given users. */
    public static Map<String, String> saslPlain(Map<String, String> users) {
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\"");
        users.forEach((u, pw) -> jaas.append(" user_").append(u).append("=\"").append(pw).append('"'));
        jaas.append(';');
        return Map.of(
                "listeners", "SASL_PLAINTEXT://localhost:{port},CONTROLLER://localhost:{controllerPort}",
                "advertised.listeners", "SASL_PLAINTEXT://localhost:{port}",
                "listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name", "SASL_PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                "listener.name.sasl_plaintext.plain.sasl.jaas.config", jaas.toString());
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()};
        int rc;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(args, out);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting broker storage failed: " + buffer.toString(StandardCharsets.UTF_8));
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
