package org.indicatortracker.stream;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.indicatortracker.metrics.GoalGauges;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.verdict.RegionYearUpdate;
import org.indicatortracker.verdict.GoalEvaluator;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.RegionYear;

/**
 * Where a target becomes a verdict. Keeps, per region and year, every fact and review that concerns
 * it; on each change re-evaluates that region-year's goals and sends only the statuses that changed
 * (a tombstone for a goal whose target was retracted).
 */
final class GoalProcessor implements Processor<String, RegionYearUpdate, String, GoalStatus> {
    private final GoalEvaluator evaluator;
    private final TrackerMetrics metrics;
    private ProcessorContext<String, GoalStatus> context;
    private KeyValueStore<String, RegionYear> store;
    private GoalGauges.TaskCounts counts;

    GoalProcessor(GoalEvaluator evaluator, TrackerMetrics metrics) {
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, GoalStatus> context) {
        this.context = context;
        this.store = context.getStateStore(TrackerTopology.REGION_YEAR_STORE);
        this.counts = metrics.goals().task(context.taskId().toString());
        try (KeyValueIterator<String, RegionYear> all = store.all()) {
            all.forEachRemaining(kv -> {
                int year = RegionYearKey.parse(kv.key).year();
                kv.value.published().values().forEach(p -> counts.add(p.status(), p.indicator(), p.region(), year, 1));
            });
        }
    }

    @Override
    public void close() {
        metrics.goals().remove(context.taskId().toString());
    }

    @Override
    public void process(Record<String, RegionYearUpdate> record) {
        String key = record.key();
        RegionYearKey regionYear = RegionYearKey.parse(key);
        String region = regionYear.region();
        int year = regionYear.year();
        RegionYear before = store.get(key);
        RegionYear state = (before == null ? RegionYear.empty() : before).apply(record.value());
        Map<String, GoalStatus> now = evaluator.evaluate(region, year, state);
        TreeSet<String> goals = new TreeSet<>(state.published().keySet());
        goals.addAll(now.keySet());
        Map<String, RegionYear.Published> sent = new java.util.TreeMap<>();
        for (String goal : goals) {
            RegionYear.Published previous = state.published().get(goal);
            GoalStatus current = now.get(goal);
            RegionYear.Published published = current == null ? null : RegionYear.Published.of(current, fingerprint(current));
            if (published != null) {
                sent.put(goal, published);
            }
            if (published == null ? previous != null : previous == null || !published.fingerprint().equals(previous.fingerprint())) {
                context.forward(new Record<>(goal, current, record.timestamp(), new RecordHeaders()));
                if (previous != null) {
                    counts.add(previous.status(), previous.indicator(), previous.region(), year, -1);
                }
                if (current != null) {
                    counts.add(current.status(), current.indicator(), current.region(), year, 1);
                    metrics.status(current.status().name(), current.indicator());
                }
                metrics.endToEnd(Duration.ofMillis(System.currentTimeMillis() - record.timestamp()));
            }
        }
        RegionYear after = state.withPublished(sent);
        if (after.isEmpty()) {
            store.delete(key);
        } else {
            store.put(key, after);
        }
    }

    /** A digest of the status as it goes on the wire: equal digests, equal events. */
    static String fingerprint(GoalStatus s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.write(s));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
