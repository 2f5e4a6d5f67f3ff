package org.indicatortracker.verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Indicator;
import org.indicatortracker.extract.Lexicon;
import org.indicatortracker.extract.Source;

/**
 * From what is known about a region and year to the status of each of its goals. A goal is an
 * indicator with a target for that year. Where several sources state a target or an actual, a
 * government work report beats a document that quotes one, a final figure beats an estimate, and
 * the report id breaks ties, so the choice never depends on arrival order.
 */
public final class GoalEvaluator {
    private static final Comparator<Fact> PREFERENCE = Comparator
            .comparing((Fact f) -> f.source() == Source.report ? 0 : 1)
            .thenComparing(f -> f.estimate() ? 1 : 0)
            .thenComparing(Fact::reportId);

    private final Lexicon lexicon;
    private final GoalRules rules;

    public GoalEvaluator(Lexicon lexicon, GoalRules rules) {
        this.lexicon = lexicon;
        this.rules = rules;
    }

    public Map<String, GoalStatus> evaluate(String region, int year, RegionYear state) {
        Map<String, List<Fact>> targets = new TreeMap<>();
        Map<String, List<Fact>> actuals = new TreeMap<>();
        for (Fact f : state.facts().values()) {
            (f.role() == Fact.Role.target ? targets : actuals).computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
        }
        Fact benchmark = actuals.getOrDefault(lexicon.benchmark().id(), List.of()).stream().sorted(PREFERENCE).findFirst().orElse(null);
        Map<String, GoalStatus> statuses = new TreeMap<>();
        for (Map.Entry<String, List<Fact>> e : targets.entrySet()) {
            List<Fact> candidates = e.getValue().stream().sorted(PREFERENCE).toList();
            Fact target = candidates.get(0);
            List<Fact> actualCandidates = actuals.getOrDefault(e.getKey(), List.of()).stream().sorted(PREFERENCE).toList();
            GoalStatus s = judge(region, year, target, actualCandidates, benchmark, state.reviewers().isEmpty());
            statuses.put(s.key(), withConflicts(s, target, candidates));
        }
        return statuses;
    }

    /** @param benchmark the region-year's preferred GDP actual, for targets relative to GDP growth */
    private GoalStatus judge(String region, int year, Fact target, List<Fact> actualCandidates,
                             Fact benchmark, boolean noReview) {
        Indicator.Polarity polarity = lexicon.find(target.indicator()).map(Indicator::polarity).orElse(Indicator.Polarity.HIGHER);
        if (target.kind() == Fact.Kind.qualitative) {
            GoalRules.Verdict v = rules.judge(target, null, polarity, null);
            return status(region, year, target, null, v);
        }
        if (actualCandidates.isEmpty()) {
            if (noReview) {
                return status(region, year, target, null, new GoalRules.Verdict(Status.PENDING, null,
                        "目标：" + target.text() + "；尚无回顾" + year + "年的报告"));
            }
            return status(region, year, target, null, new GoalRules.Verdict(Status.UNREPORTED, null,
                    "目标：" + target.text() + "；回顾" + year + "年的报告未报告该指标"));
        }
        // The most authoritative actual that can be compared; if none can, the most authoritative one says why.
        GoalRules.Verdict first = null;
        Fact firstActual = null;
        for (Fact actual : actualCandidates) {
            GoalRules.Verdict v = rules.judge(target, actual, polarity, benchmark);
            if (v.status() != Status.NOT_EVALUABLE) {
                return status(region, year, target, actual, v);
            }
            if (first == null) {
                first = v;
                firstActual = actual;
            }
        }
        return status(region, year, target, firstActual, first);
    }

    private static GoalStatus status(String region, int year, Fact target, Fact actual, GoalRules.Verdict v) {
        TreeSet<String> reports = new TreeSet<>();
        reports.add(target.reportId());
        if (actual != null) {
            reports.add(actual.reportId());
        }
        return new GoalStatus(region, target.regionCode(), year, target.indicator(), target.indicatorName(), v.status(), target, actual,
                v.margin(), v.rule(), List.copyOf(reports), List.of());
    }

    private static GoalStatus withConflicts(GoalStatus s, Fact chosen, List<Fact> candidates) {
        List<String> conflicts = new ArrayList<>();
        for (Fact other : candidates) {
            if (other != chosen && !sameStatement(chosen, other)) {
                conflicts.add(other.reportId() + "（" + other.source() + "）：" + other.text());
            }
        }
        if (conflicts.isEmpty()) {
            return s;
        }
        return s.withConflicts(conflicts, "；另有来源表述不同，采用 " + chosen.reportId());
    }

    private static boolean sameStatement(Fact a, Fact b) {
        return a.kind() == b.kind() && a.comparator() == b.comparator() && java.util.Objects.equals(a.value(), b.value())
                && java.util.Objects.equals(a.valueHigh(), b.valueHigh()) && java.util.Objects.equals(a.unit(), b.unit());
    }
}
