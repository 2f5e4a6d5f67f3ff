package org.indicatortracker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.verdict.Status;

/**
 * The tracker's own meters. Tags are bounded: role, indicator (from the lexicon), status, stage and
 * outcome; never a report id or a region.
 */
public final class TrackerMetrics {
    private final MeterRegistry registry;
    private final Timer extraction;
    private final Timer endToEnd;
    private final GoalGauges goals;
    /**
     * The counters once registered, by name and tags: a lookup per fact instead of a builder, its
     * tags and the registry's own lookup (1.5% of the app's profile samples, measured).
     */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public TrackerMetrics(MeterRegistry registry) {
        this(registry, false);
    }

    /** @param regionTags whether goal gauges are also kept by region (unbounded: the operator opts in) */
    public TrackerMetrics(MeterRegistry registry, boolean regionTags) {
        this.registry = registry;
        this.goals = new GoalGauges(registry, regionTags, this::indicatorTag);
        this.extraction = Timer.builder("tracker.extraction")
                .description("Time to normalise, recognise and extract one report")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        this.endToEnd = Timer.builder("tracker.end.to.end.latency")
                .description("From a report's record timestamp to the goal-status event it causes")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    /**
     * Registers every series at zero up front, so that a dashboard shows 0 rather than no data
     * before the first report: bounded by the lexicon's size.
     */
    public TrackerMetrics preRegister(Collection<String> lexiconIds) {
        Set<String> indicatorIds = new LinkedHashSet<>(lexiconIds);
        indicatorIds.add(OTHER_INDICATOR);
        known = Set.copyOf(indicatorIds);
        for (String outcome : new String[] {"processed", "duplicate", "unrecognised", "retracted", "dead_letter"}) {
            counter(REPORTS, "outcome", outcome);
        }
        for (String stage : new String[] {"parse", "extract"}) {
            counter(DEAD_LETTERS, "stage", stage);
        }
        goals.preRegister(indicatorIds);
        for (String indicator : indicatorIds) {
            for (Fact.Role role : Fact.Role.values()) {
                counter(FACTS, "role", role.name(), "indicator", indicator);
            }
            for (Status status : Status.values()) {
                counter(STATUSES, "status", status.name(), "indicator", indicator);
            }
        }
        return this;
    }

    /** The tag of an indicator the lexicon does not know (named by a report's own words): one series for all. */
    public static final String OTHER_INDICATOR = "other";

    private volatile Set<String> known;

    /** A lexicon indicator's id, or {@link #OTHER_INDICATOR}: the tag stays bounded by the lexicon. */
    String indicatorTag(String indicator) {
        Set<String> k = known;
        return k == null || k.contains(indicator) ? indicator : OTHER_INDICATOR;
    }

    public static TrackerMetrics noop() {
        return new TrackerMetrics(new SimpleMeterRegistry());
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** outcome: processed, duplicate, unrecognised, retracted, dead_letter. */
    public void report(String outcome) {
        counter(REPORTS, "outcome", outcome).increment();
    }

    public void fact(String role, String indicator) {
        counter(FACTS, "role", role, "indicator", indicatorTag(indicator)).increment();
    }

    public void status(String status, String indicator) {
        counter(STATUSES, "status", status, "indicator", indicatorTag(indicator))
                .increment();
    }

    public void deadLetter(String stage) {
        counter(DEAD_LETTERS, "stage", stage).increment();
    }

    private static final String REPORTS = "tracker.reports";
    private static final String FACTS = "tracker.facts.extracted";
    private static final String STATUSES = "tracker.goal.statuses";
    private static final String DEAD_LETTERS = "tracker.dead.letters";
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            REPORTS, "Report records handled, by outcome",
            FACTS, "Facts extracted, by role and indicator",
            STATUSES, "Goal-status events sent, by status and indicator",
            DEAD_LETTERS, "Records sent to the dead-letter topic, by failing stage");

    /** The counter of a name and its tags (key, value, …), registered on first use and kept. */
    private Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(
                name + "\u0000" + String.join("\u0000", tags),
                k -> Counter.builder(name)
                        .description(DESCRIPTIONS.get(name))
                        .tags(tags)
                        .register(registry));
    }

    public GoalGauges goals() {
        return goals;
    }

    public Timer extraction() {
        return extraction;
    }

    public void endToEnd(Duration latency) {
        if (!latency.isNegative()) {
            endToEnd.record(latency);
        }
    }
}
