package org.indicatortracker.app;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.RegionYearKey;
import org.indicatortracker.stream.ReportIndex;
import org.indicatortracker.stream.TrackerTopology;
import org.indicatortracker.verdict.GoalEvaluator;
import org.indicatortracker.verdict.GoalKey;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.RegionYear;
import org.indicatortracker.verdict.Status;

/**
 * Interactive queries over the streams' state stores. Each instance answers from its own stores and
 * asks the other instances (found through the streams metadata) for theirs with {@code local=true},
 * so any instance can answer for the whole application.
 */
public final class QueryService {
    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);
    private final KafkaStreams streams;
    private final HostInfo self;
    private final GoalEvaluator evaluator;
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public QueryService(KafkaStreams streams, HostInfo self, GoalEvaluator evaluator) {
        this.streams = streams;
        this.self = self;
        this.evaluator = evaluator;
    }

    /**
     * The goals that match, sorted by key. A region's goals of every kind live on the instance that
     * holds its province's partition (the topology partitions by province): the Streams metadata names it,
     * and only it is asked. Without a region, every instance is.
     */
    public List<GoalStatus> goals(GoalFilter filter, boolean localOnly) {
        if (!localOnly && filter.region().isPresent()) {
            KeyQueryMetadata where = streams.queryMetadataForKey(
                    TrackerTopology.REGION_YEAR_STORE,
                    RegionYearKey.prefixOf(filter.region().get()),
                    RegionYearKey.<Void>byProvince());
            if (where != null
                    && where != KeyQueryMetadata.NOT_AVAILABLE
                    && !where.activeHost().equals(self)) {
                return remote(
                                where.activeHost(),
                                "/goals?local=true" + filter.toQuery(),
                                new TypeReference<List<GoalStatus>>() {})
                        .orElse(List.of());
            }
            if (where != null && where != KeyQueryMetadata.NOT_AVAILABLE) {
                return localGoals(filter);
            }
        }
        Map<String, GoalStatus> found = new TreeMap<>();
        for (GoalStatus g : localGoals(filter)) {
            found.put(g.key(), g);
        }
        if (!localOnly) {
            for (HostInfo other : otherHosts(TrackerTopology.REGION_YEAR_STORE)) {
                for (GoalStatus g : remote(
                                other, "/goals?local=true" + filter.toQuery(), new TypeReference<List<GoalStatus>>() {})
                        .orElse(List.of())) {
                    found.put(g.key(), g);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private List<GoalStatus> localGoals(GoalFilter filter) {
        List<GoalStatus> out = new ArrayList<>();
        ReadOnlyKeyValueStore<String, RegionYear> store = store(TrackerTopology.REGION_YEAR_STORE);
        ReadOnlyKeyValueStore<String, RegionYear> copies = store(TrackerTopology.COPIES_STORE);
        try (KeyValueIterator<String, RegionYear> it = regionRange(store, filter)) {
            while (it.hasNext()) {
                KeyValue<String, RegionYear> kv = it.next();
                RegionYearKey key = RegionYearKey.parse(kv.key);
                // The statuses are a function of the facts: recomputed here, exactly as the processor did.
                Map<String, GoalStatus> statuses = key.isPeriod()
                        ? evaluator.evaluatePeriod(
                                key.planPeriod(),
                                kv.value,
                                year -> store.get(
                                        RegionYearKey.of(key.region(), year).encode()))
                        : evaluator.evaluate(
                                key.region(),
                                key.year(),
                                kv.value,
                                goal -> TrackerTopology.benchmarkState(evaluator, store, copies, goal, key.year()));
                statuses.values().stream().filter(filter::test).forEach(out::add);
            }
        }
        out.sort(Comparator.comparing(GoalStatus::key));
        return out;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    /** With a region, only its keys (region|…) are read. */
    private static <V> KeyValueIterator<String, V> regionRange(ReadOnlyKeyValueStore<String, V> store, GoalFilter f) {
        if (f.region().isPresent()) {
            return store.prefixScan(RegionYearKey.prefixOf(f.region().get()), new StringSerializer());
        }
        return store.all();
    }

    /** The hit rate of a region by year and by indicator: MET / (MET + MISSED). */
    public Map<String, Object> region(String region) {
        List<GoalStatus> goals =
                goals(new GoalFilter(Optional.of(region), Optional.empty(), Optional.empty(), Optional.empty()), false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("region", region);
        out.put("goals", goals.size());
        out.put("byYear", tally(goals, g -> g.goalKey().period()));
        out.put("byIndicator", tally(goals, GoalStatus::indicator));
        out.put("byKind", tally(goals, g -> g.goalKey().kind()));
        gazetteer
                .byName(region)
                .flatMap(gazetteer::parent)
                .ifPresent(parent -> out.put("againstParent", againstParent(goals, gazetteer.displayName(parent))));
        return out;
    }

    /** The key of the same goal (year or period, indicator) set by {@code region}. */
    private static GoalKey sameGoalOf(GoalStatus g, String region) {
        GoalKey k = g.goalKey();
        return new GoalKey(region, k.period(), k.indicator(), null);
    }

    /**
     * For each year and indicator the region set a figure for, the parent's target beside its own: how
     * far each level of government raises the level above's goal. The difference is given for rates and
     * growths only; a city's level is not comparable with its province's.
     */
    private List<Map<String, Object>> againstParent(List<GoalStatus> goals, String parent) {
        Map<GoalKey, GoalStatus> parentGoals = new HashMap<>();
        for (GoalStatus g : goals(
                new GoalFilter(Optional.of(parent), Optional.empty(), Optional.empty(), Optional.empty()), false)) {
            if (g.goalKey().versus() == null) {
                parentGoals.put(sameGoalOf(g, parent), g);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GoalStatus own : goals) {
            GoalStatus theirs = parentGoals.get(sameGoalOf(own, parent));
            if (own.goalKey().versus() != null || theirs == null || own.target() == null || theirs.target() == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", own.period() != null ? own.period() : String.valueOf(own.year()));
            row.put("indicator", own.indicator());
            row.put("indicatorName", own.indicatorName());
            row.put("target", own.target().text());
            row.put("value", own.target().value());
            row.put("parent", parent);
            row.put("parentTarget", theirs.target().text());
            row.put("parentValue", theirs.target().value());
            boolean comparable = own.target().value() != null
                    && theirs.target().value() != null
                    && "%".equals(own.target().unit())
                    && "%".equals(theirs.target().unit())
                    && own.target().kind() == theirs.target().kind();
            row.put(
                    "difference",
                    comparable
                            ? Math.round((own.target().value() - theirs.target().value()) * 100) / 100.0
                            : null);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Map<String, Object>> tally(List<GoalStatus> goals, Function<GoalStatus, String> by) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        Map<String, Map<Status, Integer>> counts = new TreeMap<>();
        for (GoalStatus g : goals) {
            counts.computeIfAbsent(by.apply(g), k -> new EnumMap<>(Status.class))
                    .merge(g.status(), 1, Integer::sum);
        }
        counts.forEach((k, c) -> {
            int met = c.getOrDefault(Status.MET, 0);
            int missed = c.getOrDefault(Status.MISSED, 0);
            Map<String, Object> row = new LinkedHashMap<>();
            for (Status s : Status.values()) {
                row.put(s.name(), c.getOrDefault(s, 0));
            }
            row.put("hitRate", met + missed == 0 ? null : (double) met / (met + missed));
            out.put(k, row);
        });
        return out;
    }

    /** What the tracker took from one report record, wherever its store lives. */
    public Optional<ReportIndex> report(String id, boolean localOnly) {
        ReadOnlyKeyValueStore<String, ReportIndex> store = streams.store(StoreQueryParameters.fromNameAndType(
                TrackerTopology.REPORT_INDEX_STORE, QueryableStoreTypes.<String, ReportIndex>keyValueStore()));
        ReportIndex local = store.get(id);
        if (local != null || localOnly) {
            return Optional.ofNullable(local);
        }
        // The report's partition is its id's, as the reports topic is keyed: ask the instance holding it.
        KeyQueryMetadata where =
                streams.queryMetadataForKey(TrackerTopology.REPORT_INDEX_STORE, id, new StringSerializer());
        List<HostInfo> ask = where == null || where == KeyQueryMetadata.NOT_AVAILABLE
                ? otherHosts(TrackerTopology.REPORT_INDEX_STORE)
                : where.activeHost().equals(self) ? List.of() : List.of(where.activeHost());
        for (HostInfo other : ask) {
            Optional<ReportIndex> r = remote(
                    other,
                    "/reports/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "?local=true",
                    new TypeReference<ReportIndex>() {});
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private List<HostInfo> otherHosts(String store) {
        List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata m : streams.streamsMetadataForStore(store)) {
            if (!m.hostInfo().equals(self) && !hosts.contains(m.hostInfo())) {
                hosts.add(m.hostInfo());
            }
        }
        return hosts;
    }

    private <T> Optional<T> remote(HostInfo host, String pathAndQuery, TypeReference<T> type) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery))
                .timeout(REMOTE_TIMEOUT)
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "instance " + host.host() + ":" + host.port() + " answered " + response.statusCode());
            }
            return Optional.of(Json.MAPPER.readValue(response.body(), type));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "instance " + host.host() + ":" + host.port() + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
