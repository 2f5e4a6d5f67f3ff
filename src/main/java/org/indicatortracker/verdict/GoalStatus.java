package org.indicatortracker.verdict;

import java.util.List;
import java.util.TreeSet;
import org.indicatortracker.extract.Fact;

/**
 * The verdict on one goal: region, year (or plan period) and indicator, the target and the actual it
 * was judged on, the margin, and the rule that decided, in words.
 *
 * @param regionCode the region's 6-digit administrative code
 * @param period    the plan period of a five-year goal (2021-2025); null for a year's goal
 * @param margin    actual minus target, in the target's unit (percentage points for % targets),
 *                  signed so that a decrease counts as negative; null when nothing was compared
 * @param basis     what decided it; null while nothing has
 * @param benchmark for a goal set against another region: that region's actual it was judged on
 * @param rule      the rule that decided, in words, with both figures
 * @param reportIds the reports behind the target and the actual
 * @param conflicts other sources that state the goal differently
 */
public record GoalStatus(
        String region,
        String regionCode,
        int year,
        String period,
        String indicator,
        String indicatorName,
        Status status,
        Fact target,
        Fact actual,
        Fact benchmark,
        Basis basis,
        Double margin,
        String rule,
        List<String> reportIds,
        List<String> conflicts) {

    /** What a verdict was drawn from. */
    public enum Basis {
        /** the region's own figure for the year or the period, against the target */
        figures,
        /** the region's own figure against the figure of the region it is set against, from that region's report */
        benchmark_report,
        /** the gap to the other region that the region's own review states (高于全省1.8个百分点) */
        stated_gap,
        /** the average annual growth of a plan period, derived from its five annual figures */
        derived
    }

    public GoalStatus {
        reportIds = reportIds == null ? List.of() : List.copyOf(reportIds);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** A status of the goal {@code target} sets, judged as the verdict says. */
    public static GoalStatus of(Fact target, GoalRules.Verdict v) {
        return new GoalStatus(
                target.region(),
                target.regionCode(),
                target.year(),
                target.period(),
                target.indicator(),
                target.indicatorName(),
                v.status(),
                target,
                null,
                null,
                null,
                v.margin(),
                v.rule(),
                List.of(target.reportId()),
                List.of());
    }

    /** The same verdict with other sources' statements recorded, and the rule saying which one was used. */
    public GoalStatus withConflicts(List<String> others, String ruleNote) {
        return new GoalStatus(
                region,
                regionCode,
                year,
                period,
                indicator,
                indicatorName,
                status,
                target,
                actual,
                benchmark,
                basis,
                margin,
                rule + ruleNote,
                reportIds,
                others);
    }

    /** The same verdict, drawn from {@code evidence} on {@code by}; the reports of the evidence join the target's. */
    public GoalStatus withEvidence(Fact ownActual, Fact benchmarkActual, Basis by, List<String> moreReports) {
        TreeSet<String> reports = new TreeSet<>(reportIds);
        if (ownActual != null) {
            reports.add(ownActual.reportId());
        }
        if (benchmarkActual != null) {
            reports.add(benchmarkActual.reportId());
        }
        reports.addAll(moreReports);
        return new GoalStatus(
                region,
                regionCode,
                year,
                period,
                indicator,
                indicatorName,
                status,
                target,
                ownActual,
                benchmarkActual,
                by,
                margin,
                rule,
                List.copyOf(reports),
                conflicts);
    }

    public GoalKey goalKey() {
        return target != null
                ? GoalKey.of(target)
                : new GoalKey(region, period != null ? period : String.valueOf(year), indicator, null);
    }

    /** The goal's key on goal-status, see {@link GoalKey}. */
    public String key() {
        return goalKey().encode();
    }
}
