package org.indicatortracker.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.RegionLevel;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;

/**
 * How the regions did: the count of each status and the hit rate, MET / (MET + MISSED), grouped by
 * year, by level and by indicator. The hit rate is null where nothing was decided.
 */
public record Scorecard(
        Row total,
        Map<String, Row> byYear,
        Map<String, Row> byLevel,
        Map<String, Row> byKind,
        Map<String, Row> byIndicator) {

    /** The goals of one group. */
    public record Row(int goals, Map<Status, Integer> counts, Double hitRate) {
        static Row of(Collection<GoalStatus> goals) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                counts.put(s, 0);
            }
            goals.forEach(g -> counts.merge(g.status(), 1, Integer::sum));
            int decided = counts.get(Status.MET) + counts.get(Status.MISSED);
            return new Row(goals.size(), counts, decided == 0 ? null : (double) counts.get(Status.MET) / decided);
        }
    }

    public static Scorecard of(Collection<GoalStatus> goals, Gazetteer gazetteer) {
        // A plan period's goals are a row of their own (2016-2020), not their last year's.
        return new Scorecard(
                Row.of(goals),
                group(goals, g -> g.goalKey().period()),
                group(goals, g -> level(g, gazetteer)),
                group(goals, g -> g.goalKey().kind()),
                group(goals, GoalStatus::indicatorName));
    }

    /** The goals of one level, year and indicator (id or name); a null criterion keeps every goal. */
    public static List<GoalStatus> filter(
            Collection<GoalStatus> goals, String level, Integer year, String indicator, Gazetteer gazetteer) {
        return goals.stream()
                .filter(g -> level == null || level.equalsIgnoreCase(level(g, gazetteer)))
                .filter(g -> year == null || year == g.year())
                .filter(g ->
                        indicator == null || indicator.equals(g.indicator()) || indicator.equals(g.indicatorName()))
                .toList();
    }

    /** The level of a goal's region, from its code. */
    public static String level(GoalStatus g, Gazetteer gazetteer) {
        return gazetteer.byCode(g.regionCode()).map(r -> r.level().name()).orElse(RegionLevel.unknown.name());
    }

    private static Map<String, Row> group(Collection<GoalStatus> goals, Function<GoalStatus, String> by) {
        Map<String, List<GoalStatus>> groups = new TreeMap<>();
        goals.forEach(
                g -> groups.computeIfAbsent(by.apply(g), k -> new ArrayList<>()).add(g));
        Map<String, Row> rows = new TreeMap<>();
        groups.forEach((k, v) -> rows.put(k, Row.of(v)));
        return rows;
    }

    /** As a terminal table, one block per grouping. */
    public String render() {
        StringBuilder out = new StringBuilder();
        block(out, "year", byYear);
        block(out, "level", byLevel);
        block(out, "kind", byKind);
        block(out, "indicator", byIndicator);
        out.append(line("all", total));
        return out.toString();
    }

    private static void block(StringBuilder out, String title, Map<String, Row> rows) {
        out.append(String.format(
                Locale.ROOT,
                "%-22s %6s %8s %5s %6s %10s %12s %13s%n",
                "by " + title,
                "goals",
                "hit rate",
                "MET",
                "MISSED",
                "PENDING",
                "UNREPORTED",
                "NOT_EVALUABLE"));
        rows.forEach((k, r) -> out.append(line(k, r)));
        out.append('\n');
    }

    private static String line(String label, Row r) {
        return String.format(
                Locale.ROOT,
                "%-22s %6d %8s %5d %6d %10d %12d %13d%n",
                label,
                r.goals(),
                r.hitRate() == null ? "—" : String.format(Locale.ROOT, "%.2f", r.hitRate()),
                r.counts().get(Status.MET),
                r.counts().get(Status.MISSED),
                r.counts().get(Status.PENDING),
                r.counts().get(Status.UNREPORTED),
                r.counts().get(Status.NOT_EVALUABLE));
    }
}
