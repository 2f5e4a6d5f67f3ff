package org.indicatortracker.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.indicatortracker.stream.Json;
import org.indicatortracker.verdict.GoalStatus;

/**
 * Reads the goal-status topic from the beginning, as committed (read_committed), without a consumer
 * group: the compacted topic read whole is the current status of every goal.
 */
public final class GoalStatusReader implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final Map<String, GoalStatus> latest = new TreeMap<>();
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> endAtStart;

    public GoalStatusReader(Properties clientProps, String topic) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
                .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        endAtStart = consumer.endOffsets(partitions);
    }

    /** Whether everything committed when this reader opened has been read: the state as it was then. */
    public boolean caughtUp() {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= endAtStart.getOrDefault(tp, 0L));
    }

    /** Polls once; every event goes to {@code each}, and the latest status per goal is kept. */
    public int poll(Duration timeout, Consumer<GoalStatusEvent> each) {
        int n = 0;
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            GoalStatus s =
                    r.value() == null ? null : Json.read(r.value().getBytes(StandardCharsets.UTF_8), GoalStatus.class);
            if (s == null) {
                latest.remove(r.key());
            } else {
                latest.put(r.key(), s);
            }
            each.accept(new GoalStatusEvent(r.key(), s, r.value()));
            n++;
        }
        return n;
    }

    /**
     * Reads until {@code done} holds for the latest statuses and nothing new has come for
     * {@code quiet}; gives up after {@code timeout}. Returns the latest statuses.
     */
    public Map<String, GoalStatus> readUntil(
            Predicate<Map<String, GoalStatus>> done, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastEvent = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int n = poll(Duration.ofMillis(200), e -> {});
            if (n > 0) {
                lastEvent = System.nanoTime();
            } else if (done.test(latest) && System.nanoTime() - lastEvent >= quiet.toNanos()) {
                return Map.copyOf(latest);
            }
        }
        throw new IllegalStateException(
                "goal statuses did not settle within " + timeout.toSeconds() + " s; have " + latest.size() + " goals");
    }

    /** Reads everything committed when this reader opened: the current status of every goal. */
    public Map<String, GoalStatus> readToEnd() {
        while (!caughtUp()) {
            poll(Duration.ofMillis(500), e -> {});
        }
        return latest();
    }

    public Map<String, GoalStatus> latest() {
        return Map.copyOf(latest);
    }

    /** One event as read: the key, the status (null for a tombstone) and the raw JSON. */
    public record GoalStatusEvent(String key, GoalStatus status, String json) {}

    @Override
    public void close() {
        consumer.close();
    }
}
