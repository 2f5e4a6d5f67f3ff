package org.indicatortracker.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.IntSupplier;
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

    /** Start attempts when a picked port turns out to be taken by the time the broker binds it. */
    private static final int BIND_ATTEMPTS = 3;

    private final Path dataDir;
    private final boolean pickPorts;
    private final IntSupplier portPicker;
    private final Map<String, String> overrides;
    private int port;
    private KafkaRaftServer server;
    private FileChannel lockChannel;
    private FileLock lock;

    /**
     * @param dataDir   where the log and metadata live
     * @param port      the client port; 0 picks a free one
     * @param overrides extra broker properties (listeners, SASL …); {port} and {controllerPort} in a
     *                  value stand for the ports in use
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> overrides) {
        this(dataDir, port, overrides, null);
    }

    /** @param portPicker where picked ports come from (tests hand out a taken one); null: the OS picks */
    EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> overrides, IntSupplier portPicker) {
        this.dataDir = dataDir;
        this.pickPorts = port == 0;
        this.portPicker = portPicker;
        this.overrides = Map.copyOf(overrides);
        this.port = port;
    }

    /**
     * Starts the broker, holding a lock on the data folder for its lifetime: a second broker on the same
     * folder is refused before it can touch the log. Picked ports are retried when the bind fails.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        lockDataDir();
        boolean freshStorage = !Files.exists(dataDir.resolve("log").resolve("meta.properties"));
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                return this;
            } catch (IllegalStateException e) {
                if (!pickPorts || attempt >= BIND_ATTEMPTS || !isBindFailure(e)) {
                    unlockDataDir();
                    throw e;
                }
                LOG.warn("embedded Kafka broker could not bind its ports; trying others");
                port = 0;
                if (freshStorage) {
                    // Nothing ran on this storage yet: its controller port may be picked again too.
                    deleteQuietly(dataDir.resolve("server.properties"));
                }
            }
        }
    }

    private void startOnce() {
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
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || String.valueOf(t.getMessage()).contains("Address already in use")
                    || String.valueOf(t.getMessage()).contains("Each listener must have a different port")) {
                return true;
            }
        }
        return false;
    }

    private void lockDataDir() {
        try {
            Files.createDirectories(dataDir);
            lockChannel = FileChannel.open(
                    dataDir.resolve("broker.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the broker's data folder " + dataDir, e);
        }
        if (lock == null) {
            closeQuietly(lockChannel);
            lockChannel = null;
            throw new IllegalStateException("another tracker's broker is using " + dataDir.toAbsolutePath()
                    + "; stop it first, or give this one another data folder (tracker.embedded.data.dir)");
        }
    }

    private void unlockDataDir() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("releasing the data folder lock failed", e);
        }
        closeQuietly(lockChannel);
        lock = null;
        lockChannel = null;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p, e);
        }
    }

    private static void closeQuietly(FileChannel c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    private Properties brokerProperties() {
        Optional<Integer> previousController = previousControllerPort();
        if (port == 0 || previousController.isEmpty()) {
            // Both picked while all sockets are held open, so the two listeners can never share a port.
            int[] picked = freePorts(2, previousController.orElse(-1));
            if (port == 0) {
                port = picked[0];
            }
            if (previousController.isEmpty()) {
                previousController = Optional.of(picked[1] != port ? picked[1] : picked[0]);
            }
        }
        int controllerPort = previousController.get();
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
        overrides.forEach((k, v) -> p.put(
                k,
                v.replace("{port}", String.valueOf(port)).replace("{controllerPort}", String.valueOf(controllerPort))));
        return p;
    }

    /** A restarted broker keeps its controller port, so the quorum it formatted with stays valid. */
    private Optional<Integer> previousControllerPort() {
        Path config = dataDir.resolve("server.properties");
        if (!Files.exists(config)) {
            return Optional.empty();
        }
        Properties old = new Properties();
        try (var in = Files.newInputStream(config)) {
            old.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String voters = old.getProperty("controller.quorum.voters", "");
        int colon = voters.lastIndexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(Integer.parseInt(voters.substring(colon + 1)));
    }

    /** Broker properties for a SASL_PLAINTEXT listener with the PLAIN mechanism and the given users. */
    public static Map<String, String> saslPlain(Map<String, String> users) {
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"broker\" password=\"broker-secret\" user_broker=\"broker-secret\"");
        users.forEach((u, pw) ->
                jaas.append(" user_").append(u).append("=\"").append(pw).append('"'));
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
            throw new IllegalStateException(
                    "formatting broker storage failed: " + buffer.toString(StandardCharsets.UTF_8));
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
        unlockDataDir();
    }

    /** {@code n} distinct free ports, none equal to {@code avoid}: every socket stays open until all are picked. */
    private int[] freePorts(int n, int avoid) {
        List<ServerSocket> open = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; ) {
                int candidate = portPicker != null ? portPicker.getAsInt() : 0;
                ServerSocket s;
                try {
                    s = new ServerSocket(candidate);
                } catch (BindException e) {
                    // A handed-out port that is taken: return it anyway, the bind retry will deal with it.
                    ports[i++] = candidate;
                    continue;
                }
                open.add(s);
                if (s.getLocalPort() != avoid) {
                    ports[i++] = s.getLocalPort();
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(s -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the port is free again either way
                }
            });
        }
    }
}
