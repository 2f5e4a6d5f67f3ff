package org.indicatortracker.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.indicatortracker.extract.PlanPeriod;
import org.indicatortracker.metrics.GoalGauges;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.verdict.GoalEvaluator;
import org.indicatortracker.verdict.GoalKey;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.RegionActuals;
import org.indicatortracker.verdict.RegionYear;
import org.indicatortracker.verdict.RegionYearUpdate;
import org.indicatortracker.verdict.RelativeGoal;

/**
 * Where a target becomes a verdict. Keeps, per region and year (or plan period), every fact and review
 * that concerns it; on each change re-evaluates that region-year's goals, and the goals of the plan
 * period the year lies in, and sends only the statuses that changed (a tombstone for a goal whose
 * target was retracted). Goals set against another region, and the region's actuals that such goals
 * of other regions need, go on to the join, again only when they changed.
 */
final class GoalProcessor implements Processor<String, RegionYearUpdate, String, GoalOutput> {
    private final GoalEvaluator evaluator;
    private final TrackerMetrics metrics;
    private ProcessorContext<String, GoalOutput> context;
    private KeyValueStore<String, RegionYear> store;
    private GoalGauges.TaskCounts counts;

    GoalProcessor(GoalEvaluator evaluator, TrackerMetrics metrics) {
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, GoalOutput> context) {
        this.context = context;
        this.store = context.getStateStore(TrackerTopology.REGION_YEAR_STORE);
        this.counts = metrics.goals().task(context.taskId().toString());
        try (KeyValueIterator<String, RegionYear> all = store.all()) {
            all.forEachRemaining(
                    kv -> kv.value.published().forEach((goal, p) -> counts.add(p.status(), GoalKey.parse(goal), 1)));
        }
    }

    @Override
    public void close() {
        metrics.goals().remove(context.taskId().toString());
    }

    @Override
    public void process(Record<String, RegionYearUpdate> record) {
        RegionYearKey key = RegionYearKey.parse(record.key());
        RegionYear before = store.get(key.encode());
        RegionYear state = (before == null ? RegionYear.empty() : before).apply(record.value());
        // The states this update has read or written, by key: the store keeps them as bytes, and a plan
        // period's judgement reads each of its five years once per growth target. Read once, here.
        Map<String, RegionYear> known = new HashMap<>();
        if (key.isPeriod()) {
            save(key, judgePeriod(key, state, record.timestamp(), known), known);
            return;
        }
        state = publish(state, evaluator.evaluate(key.region(), key.year(), state), record.timestamp());
        save(key, sendToJoin(key, state, record.timestamp()), known);
        // A year's figures may decide the goals of its plan period (derived from the five years).
        RegionYearKey period = RegionYearKey.of(key.region(), PlanPeriod.containing(key.year()));
        RegionYear periodState = store.get(period.encode());
        if (periodState != null) {
            save(period, judgePeriod(period, periodState, record.timestamp(), known), known);
        }
    }

    private RegionYear judgePeriod(RegionYearKey key, RegionYear state, long timestamp, Map<String, RegionYear> known) {
        Map<String, GoalStatus> now = evaluator.evaluatePeriod(
                key.planPeriod(), state, year -> read(RegionYearKey.of(key.region(), year), known));
        return publish(state, now, timestamp);
    }

    /** A state from the store, or as this update left it. */
    private RegionYear read(RegionYearKey key, Map<String, RegionYear> known) {
        String encoded = key.encode();
        if (known.containsKey(encoded)) {
            return known.get(encoded);
        }
        RegionYear state = store.get(encoded);
        known.put(encoded, state);
        return state;
    }

    private void save(RegionYearKey key, RegionYear state, Map<String, RegionYear> known) {
        if (state.holdsNothing()) {
            store.delete(key.encode());
            known.put(key.encode(), null);
        } else {
            store.put(key.encode(), state);
            known.put(key.encode(), state);
        }
    }

    /** Sends the statuses that changed since last sent, and records what was sent. */
    private RegionYear publish(RegionYear state, Map<String, GoalStatus> now, long timestamp) {
        TreeSet<String> goals = new TreeSet<>(state.published().keySet());
        goals.addAll(now.keySet());
        Map<String, RegionYear.Published> sent = new TreeMap<>();
        for (String goal : goals) {
            RegionYear.Published previous = state.published().get(goal);
            GoalStatus current = now.get(goal);
            RegionYear.Published published =
                    current == null ? null : RegionYear.Published.of(current, fingerprint(current));
            if (published != null) {
                sent.put(goal, published);
            }
            if (published == null
                    ? previous != null
                    : previous == null || !published.fingerprint().equals(previous.fingerprint())) {
                forward(goal, GoalOutput.status(current), timestamp);
                GoalKey goalKey = GoalKey.parse(goal);
                if (previous != null) {
                    counts.add(previous.status(), goalKey, -1);
                }
                if (current != null) {
                    counts.add(current.status(), goalKey, 1);
                    metrics.status(current.status().name(), current.indicator());
                }
                metrics.endToEnd(Duration.ofMillis(System.currentTimeMillis() - timestamp));
            }
        }
        return state.withPublished(sent);
    }

    /** The year's goals set against other regions, and the year's actuals for other regions' goals: what changed. */
    private RegionYear sendToJoin(RegionYearKey key, RegionYear state, long timestamp) {
        Map<String, RelativeGoal> relatives = evaluator.relativeGoals(key.region(), key.year(), state);
        Map<String, String> sent = new TreeMap<>();
        for (Map.Entry<String, RelativeGoal> e : relatives.entrySet()) {
            String fingerprint = fingerprint(e.getValue());
            sent.put(e.getKey(), fingerprint);
            if (!fingerprint.equals(state.relatives().get(e.getKey()))) {
                forward(e.getKey(), GoalOutput.relative(e.getValue()), timestamp);
            }
        }
        for (String gone : state.relatives().keySet()) {
            if (!relatives.containsKey(gone)) {
                forward(gone, GoalOutput.relative(null), timestamp);
            }
        }
        RegionActuals actuals = evaluator.actuals(key.region(), key.year(), state);
        String actualsFingerprint = actuals.holdsNothing() ? null : fingerprint(actuals);
        if (!Objects.equals(actualsFingerprint, state.actuals())) {
            forward(key.encode(), GoalOutput.actuals(actuals.holdsNothing() ? null : actuals), timestamp);
        }
        return state.withSentToJoin(sent, actualsFingerprint);
    }

    private void forward(String key, GoalOutput value, long timestamp) {
        context.forward(new Record<>(key, value, timestamp, new RecordHeaders()));
    }

    /** A digest of a value as it goes on the wire: equal digests, equal events. */
    static String fingerprint(Object value) {
        byte[] digest = ReportParser.SHA_256.get().digest(Json.write(value));
        return HexFormat.of().formatHex(digest, 0, 12);
    }
}
