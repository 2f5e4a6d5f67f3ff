package org.indicatortracker.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.RegionLevel;
import org.indicatortracker.verdict.GoalKey;
import org.indicatortracker.verdict.Status;

/**
 * How many goals stand in each status right now, on this instance: {@code tracker_goals{status,
 * indicator}}, and {@code tracker_goals_by_region{status, region}} where the operator opts in
 * ({@code tracker.metrics.region.tags}). Each stream task keeps its own counts, rebuilt from its
 * store when it starts and dropped when it moves away, so the sum is right through rebalances.
 */
public final class GoalGauges {
    private final MeterRegistry registry;
    private final boolean byRegion;
    private final Map<String, TaskCounts> tasks = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    private static final String YEAR_LEVEL = "yearLevel";
    private static final String KIND = "kind";
    private static final String SEPARATOR = "\u0001";

    /** The level of government of a region, by the name a goal carries. */
    private static String level(String region) {
        return Gazetteer.standard().byName(region).map(r -> r.level().name()).orElse(RegionLevel.unknown.name());
    }

    private final UnaryOperator<String> indicatorTag;

    /** @param indicatorTag the tag of an indicator id (bounded: an indicator the lexicon does not know is one tag) */
    public GoalGauges(MeterRegistry registry, boolean byRegion, UnaryOperator<String> indicatorTag) {
        this.registry = registry;
        this.byRegion = byRegion;
        this.indicatorTag = indicatorTag;
    }

    /** Series at zero for every indicator, so that dashboards show 0 before the first goal. */
    public GoalGauges preRegister(Iterable<String> indicators) {
        for (String indicator : indicators) {
            for (Status s : Status.values()) {
                ensure("indicator", s.name(), indicator);
            }
        }
        return this;
    }

    /** Fresh counts for a task (replacing any it had). */
    public TaskCounts task(String taskId) {
        TaskCounts counts = new TaskCounts();
        tasks.put(taskId, counts);
        return counts;
    }

    public void remove(String taskId) {
        tasks.remove(taskId);
    }

    /** The counts of one stream task. */
    public final class TaskCounts {
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        /** One goal more ({@code delta} 1) or less (-1) in a status. */
        public void add(Status status, GoalKey goal, int delta) {
            String region = goal.region();
            bump("indicator", status.name(), indicatorTag.apply(goal.indicator()), delta);
            bump(KIND, status.name(), goal.kind(), delta);
            bump(YEAR_LEVEL, status.name(), goal.period() + SEPARATOR + level(region), delta);
            if (byRegion) {
                bump("region", status.name(), region, delta);
            }
        }

        private void bump(String dimension, String status, String value, int delta) {
            ensure(dimension, status, value);
            counts.computeIfAbsent(key(dimension, status, value), k -> new AtomicInteger())
                    .addAndGet(delta);
        }
    }

    private void ensure(String dimension, String status, String value) {
        String key = key(dimension, status, value);
        if (registered.add(key)) {
            if (dimension.equals(YEAR_LEVEL)) {
                // A scorecard's dimensions: a few years times a few levels, so always on.
                String[] yearLevel = value.split(SEPARATOR);
                Gauge.builder("tracker.goals.by.year.level", () -> sum(key))
                        .description("Goals now in each status, by year and level of government")
                        .tag("status", status)
                        .tag("year", yearLevel[0])
                        .tag("level", yearLevel[1])
                        .register(registry);
                return;
            }
            if (dimension.equals(KIND)) {
                // Annual goals, plan periods' goals and goals set against another region, apart.
                Gauge.builder("tracker.goals.by.kind", () -> sum(key))
                        .description(
                                "Goals now in each status, by kind: annual, five_year (a plan period's), relative (set against another region)")
                        .tag("status", status)
                        .tag("kind", value)
                        .register(registry);
                return;
            }
            String name = dimension.equals("indicator") ? "tracker.goals" : "tracker.goals.by.region";
            Gauge.builder(name, () -> sum(key))
                    .description(
                            dimension.equals("indicator")
                                    ? "Goals now in each status, by indicator"
                                    : "Goals now in each status, by region (tracker.metrics.region.tags)")
                    .tag("status", status)
                    .tag(dimension, value)
                    .register(registry);
        }
    }

    private int sum(String key) {
        int total = 0;
        for (TaskCounts t : tasks.values()) {
            AtomicInteger c = t.counts.get(key);
            total += c == null ? 0 : c.get();
        }
        return total;
    }

    private static String key(String dimension, String status, String value) {
        return dimension + "\u0000" + status + "\u0000" + value;
    }
}
