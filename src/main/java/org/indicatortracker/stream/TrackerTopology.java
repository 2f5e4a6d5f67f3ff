package org.indicatortracker.stream;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.indicatortracker.config.TopicNames;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.extract.DocumentExtractor;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.metrics.TrackerMetrics;
import org.indicatortracker.verdict.GoalEvaluator;
import org.indicatortracker.verdict.GoalRules;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.RegionYear;
import org.indicatortracker.verdict.RegionYearUpdate;
import org.indicatortracker.verdict.RelativeGoal;

/**
 * The topology, as a plain function of the configuration:
 * <pre>
 * reports ─▶ extract (report-index) ─┬─▶ reports-dlq      bad input, with its reason
 *                                    ├─▶ report-facts     every fact; tombstones on retraction
 *                                    └─▶ by region|year ─▶ goals (region-years, national-copies) ─▶ goal-status
 *                                        (partitioned by province; the nation's years copied to every partition)
 * </pre>
 * A goal set against another region (高于全省0.5个百分点) is judged in the goals step, on the state of
 * the region it is set against: a province's regions share its partition, and every partition keeps
 * a copy of the nation's years. Either side's change re-judges it, whatever order the reports come in.
 */
public final class TrackerTopology {
    public static final String REPORT_INDEX_STORE = "report-index";
    public static final String REGION_YEAR_STORE = "region-years";
    public static final String COPIES_STORE = "national-copies";

    private TrackerTopology() {}

    public static Topology buildTopology(TrackerConfig config, Lexicon lexicon, TrackerMetrics metrics) {
        return buildTopology(config, lexicon, new Extractor(lexicon), metrics);
    }

    /** The same, with the extraction step given (tests use it to make extraction fail). */
    public static Topology buildTopology(
            TrackerConfig config, Lexicon lexicon, DocumentExtractor extractor, TrackerMetrics metrics) {
        TopicNames topics = config.topics();
        ReportParser parser = new ReportParser(config.maxReportBytes());
        GoalEvaluator evaluator = evaluator(config, lexicon);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(config, REPORT_INDEX_STORE, ReportIndex.class));
        builder.addStateStore(store(config, REGION_YEAR_STORE, RegionYear.class));
        builder.addStateStore(store(config, COPIES_STORE, RegionYear.class));

        KStream<String, Routed> routed = builder.stream(
                        topics.reports(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("reports"))
                .process(
                        () -> new ExtractProcessor(extractor, parser, metrics),
                        Named.as("extract"),
                        REPORT_INDEX_STORE);

        Map<String, KStream<String, Routed>> routes = routed.split(Named.as("route-"))
                .branch((k, v) -> v.route() == Routed.Route.DEAD_LETTER, Branched.as("dead-letters"))
                .branch(
                        (k, v) -> v.route() == Routed.Route.FACT || v.route() == Routed.Route.FACT_TOMBSTONE,
                        Branched.as("facts"))
                .defaultBranch(Branched.as("changes"));
        routes.get("route-dead-letters")
                .mapValues(Routed::deadLetter, Named.as("dead-letter-bytes"))
                .to(
                        topics.deadLetters(),
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName("reports-dlq"));
        routes.get("route-facts")
                .mapValues(Routed::fact, Named.as("fact-values"))
                .to(
                        topics.facts(),
                        Produced.with(Serdes.String(), Json.serde(Fact.class)).withName("report-facts"));

        routes.get("route-changes")
                .mapValues(Routed::change, Named.as("change-values"))
                .repartition(Repartitioned.with(Serdes.String(), Json.binarySerde(RegionYearUpdate.class))
                        .withName("by-region-year")
                        .withStreamPartitioner(RegionYearKey.updates()))
                .process(
                        () -> new GoalProcessor(evaluator, metrics), Named.as("goals"), REGION_YEAR_STORE, COPIES_STORE)
                .to(
                        topics.goalStatus(),
                        Produced.with(Serdes.String(), Json.serde(GoalStatus.class))
                                .withName("goal-status"));
        return builder.build();
    }

    /** The verdicts as the configuration sets them: the topology and the queries use the same. */
    public static GoalEvaluator evaluator(TrackerConfig config, Lexicon lexicon) {
        return new GoalEvaluator(
                lexicon, new GoalRules(config.tolerance(), lexicon.benchmark().id()));
    }

    /**
     * The state, for the year, of the region a goal is set against: the nation's from the copy every
     * partition keeps, any other region's from the region-years of its province's partition. The goals
     * step and the queries read it alike.
     */
    public static RegionYear benchmarkState(
            GoalEvaluator evaluator,
            ReadOnlyKeyValueStore<String, RegionYear> regionYears,
            ReadOnlyKeyValueStore<String, RegionYear> copies,
            RelativeGoal goal,
            int year) {
        return (evaluator.againstTheNation(goal) ? copies : regionYears)
                .get(RegionYearKey.of(goal.benchmarkRegion(), year).encode());
    }

    private static <T> StoreBuilder<?> store(TrackerConfig config, String name, Class<T> type) {
        KeyValueBytesStoreSupplier supplier =
                config.inMemoryStores() ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
        // Caching folds the many writes of a busy region-year into one per commit.
        return Stores.keyValueStoreBuilder(supplier, Serdes.String(), Json.binarySerde(type))
                .withCachingEnabled();
    }
}
