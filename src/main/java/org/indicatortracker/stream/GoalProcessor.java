package org.indicatortracker.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
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
 * target was retracted).
 * <p>
 * A goal set against another region (高于全省0.5个百分点) is judged here too, on that region's state
 * for the year: a province's regions share its partition, so the province's and the city's states
 * are in the local store, and every partition keeps a copy of the nation's. The other region's
 * state lists the region-years whose goals are set against it, and when its actuals change, their
 * goals are judged again: whichever report comes first, the verdict is the same.
 */
final class GoalProcessor implements Processor<String, RegionYearUpdate, String, GoalStatus> {
    private final GoalEvaluator evaluator;
    private final TrackerMetrics metrics;
    private ProcessorContext<String, GoalStatus> context;
    private KeyValueStore<String, RegionYear> store;
    private KeyValueStore<String, RegionYear> copies;
    private GoalGauges.TaskCounts counts;

    GoalProcessor(GoalEvaluator evaluator, TrackerMetrics metrics) {
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, GoalStatus> context) {
        this.context = context;
        this.store = context.getStateStore(TrackerTopology.REGION_YEAR_STORE);
        this.copies = context.getStateStore(TrackerTopology.COPIES_STORE);
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
        long timestamp = record.timestamp();
        if (record.value().copy()) {
            RegionYear copy = Objects.requireNonNullElse(copies.get(key.encode()), RegionYear.empty())
                    .apply(record.value());
            // Saved first: the goals judged again read it.
            saveCopy(key, copy);
            RegionYear judged = judgeDependents(key, copy, timestamp);
            if (judged != copy) {
                saveCopy(key, judged);
            }
            return;
        }
        RegionYear before = Objects.requireNonNullElse(store.get(key.encode()), RegionYear.empty());
        RegionYear applied = before.apply(record.value());
        try {
            judge(key, before, applied, timestamp);
        } catch (RuntimeException e) {
            // A bug in judging: the record goes to the dead-letter topic (DeadLetterOnError), but what the
            // report states is kept, as its report index counts it applied; the goals are judged on the
            // next update of the region-year.
            keepFacts(key, applied);
            throw e;
        }
    }

    private void judge(RegionYearKey key, RegionYear before, RegionYear applied, long timestamp) {
        RegionYear state = applied;
        // The states this update has read or written, by key: the store keeps them as bytes, and a plan
        // period's judgement reads each of its five years once per growth target. Read once, here.
        Map<String, RegionYear> known = new HashMap<>();
        if (key.isPeriod()) {
            save(key, judgePeriod(key, state, timestamp, known), known);
            return;
        }
        List<RelativeGoal> relatives = new ArrayList<>();
        state = publish(state, evaluateYear(key, state, relatives::add), timestamp);
        // Saved first: the goals judged again below read it.
        save(key, state, known);
        registerAsDependent(key, relatives, known);
        RegionYear judged = judgeDependents(key, state, timestamp);
        if (judged != state) {
            save(key, judged, known);
        }
        // A year's figures may decide the goals of its plan period (derived from the five years); its
        // targets do not, and a plan's update is read no further.
        if (state.sameActualsAndReviewsAs(before)) {
            return;
        }
        RegionYearKey period = RegionYearKey.of(key.region(), PlanPeriod.containing(key.year()));
        RegionYear periodState = store.get(period.encode());
        if (periodState != null) {
            RegionYear judgedPeriod = judgePeriod(period, periodState, timestamp, known);
            if (judgedPeriod != periodState) {
                save(period, judgedPeriod, known);
            }
        }
    }

    /**
     * The year's goals, those set against another region judged on its state as this partition has it;
     * each of those goals is also given to {@code relative}.
     */
    private Map<String, GoalStatus> evaluateYear(RegionYearKey key, RegionYear state, Consumer<RelativeGoal> relative) {
        return evaluator.evaluate(key.region(), key.year(), state, goal -> {
            relative.accept(goal);
            return TrackerTopology.benchmarkState(evaluator, store, copies, goal, key.year());
        });
    }

    /** Notes this region-year in the state of every region its goals are set against. */
    private void registerAsDependent(RegionYearKey key, List<RelativeGoal> relatives, Map<String, RegionYear> known) {
        for (RelativeGoal goal : relatives) {
            RegionYearKey other = RegionYearKey.of(goal.benchmarkRegion(), key.year());
            boolean nation = evaluator.againstTheNation(goal);
            RegionYear otherState = nation ? copies.get(other.encode()) : read(other, known);
            otherState = otherState == null ? RegionYear.empty() : otherState;
            if (!otherState.dependents().contains(key.encode())) {
                if (nation) {
                    saveCopy(other, otherState.withDependent(key.encode()));
                } else {
                    save(other, otherState.withDependent(key.encode()), known);
                }
            }
        }
    }

    /**
     * When a region-year's actuals have changed since the goals set against it last saw them, judges
     * those goals again; returns the state with its actuals' new fingerprint.
     */
    private RegionYear judgeDependents(RegionYearKey key, RegionYear state, long timestamp) {
        if (state.dependents().isEmpty()) {
            // A goal set against it later reads its state as it then is.
            return state;
        }
        RegionActuals actuals = evaluator.actuals(key.region(), key.year(), state);
        String fingerprint = actuals.holdsNothing() ? null : fingerprint(actuals);
        if (Objects.equals(fingerprint, state.actuals())) {
            return state;
        }
        for (String dependent : state.dependents()) {
            RegionYear d = store.get(dependent);
            if (d != null && !dependent.equals(key.encode())) {
                RegionYearKey dk = RegionYearKey.parse(dependent);
                RegionYear judged = publish(d, evaluateYear(dk, d, goal -> {}), timestamp);
                if (judged != d) {
                    store.put(dependent, judged);
                }
            }
        }
        return state.withActuals(fingerprint);
    }

    private RegionYear judgePeriod(RegionYearKey key, RegionYear state, long timestamp, Map<String, RegionYear> known) {
        Map<String, GoalStatus> now = evaluator.evaluatePeriod(
                key.planPeriod(), state, year -> read(RegionYearKey.of(key.region(), year), known));
        return publish(state, now, timestamp);
    }

    private void keepFacts(RegionYearKey key, RegionYear applied) {
        RegionYear stored = store.get(key.encode());
        boolean kept = stored == null ? applied.holdsNothing() : stored.sameFactsAndReviewsAs(applied);
        if (!kept) {
            save(key, applied, new HashMap<>());
        }
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

    private void saveCopy(RegionYearKey key, RegionYear copy) {
        if (copy.holdsNothing()) {
            copies.delete(key.encode());
        } else {
            copies.put(key.encode(), copy);
        }
    }

    /**
     * Sends the statuses that changed since last sent, and records what was sent: the same state
     * when nothing changed, so that an unchanged state is not written (and serialized) again.
     */
    private RegionYear publish(RegionYear state, Map<String, GoalStatus> now, long timestamp) {
        TreeSet<String> goals = new TreeSet<>(state.published().keySet());
        goals.addAll(now.keySet());
        Map<String, RegionYear.Published> sent = new TreeMap<>();
        boolean changed = false;
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
                changed = true;
                context.forward(new Record<>(goal, current, timestamp, new RecordHeaders()));
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
        return changed ? state.withPublished(sent) : state;
    }

    /** A digest of a value as it goes on the wire: equal digests, equal events. */
    static String fingerprint(Object value) {
        byte[] digest = ReportParser.SHA_256.get().digest(Json.write(value));
        return HexFormat.of().formatHex(digest, 0, 12);
    }
}
