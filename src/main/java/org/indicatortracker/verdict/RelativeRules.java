package org.indicatortracker.verdict;

import java.util.List;
import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;

/**
 * The rules for goals set against another region: the region's own figure minus the other region's,
 * against the gap the target asks for. The other region's own report decides; failing it, the gap
 * that the region's review states. A plain function of its arguments.
 */
public final class RelativeRules {
    private final Tolerance tolerance;

    public RelativeRules(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    /** @param benchmark what the other region reported for the year, or null while nothing has arrived */
    public GoalStatus judge(RelativeGoal goal, RegionActuals benchmark) {
        Fact t = goal.target();
        int year = t.year();
        String head = "目标：" + t.text();
        Fact own = figure(goal.ownActual());
        Fact other = benchmark == null ? null : figure(benchmark.actuals().get(t.indicator()));
        if (own != null && other != null) {
            double diff = round(signed(own) - signed(other));
            GoalRules.Verdict v = decide(
                    t,
                    diff,
                    head + "；实际：" + t.region() + GoalRules.fmt(signed(own)) + own.unit() + "，" + other.region()
                            + GoalRules.fmt(signed(other)) + other.unit() + "；相差 " + signedFmt(diff) + " 个百分点");
            return GoalStatus.of(t, v)
                    .withEvidence(goal.ownActual(), other, GoalStatus.Basis.benchmark_report, List.of());
        }
        Fact stated = goal.statedGap();
        if (stated != null) {
            String said = head + "；实际：" + t.region() + "的报告自述“" + stated.text() + "”（数据流中尚无" + goal.benchmarkRegion()
                    + year + "年的可比数字）";
            GoalRules.Verdict v;
            if (stated.value() != null) {
                v = decide(t, signed(stated), said);
            } else {
                v = decideFromWords(t, stated, said);
            }
            return GoalStatus.of(t, v).withEvidence(stated, null, GoalStatus.Basis.stated_gap, List.of());
        }
        if (!goal.reviewed()) {
            return GoalStatus.of(t, new GoalRules.Verdict(Status.PENDING, null, head + "；尚无回顾" + year + "年的报告"));
        }
        if (own == null) {
            return GoalStatus.of(
                    t,
                    new GoalRules.Verdict(
                            Status.UNREPORTED,
                            null,
                            head + "；回顾" + year + "年的报告未报告该指标，也未说明与" + goal.benchmarkRegion() + "的差距"));
        }
        if (benchmark == null || !benchmark.reviewed()) {
            return GoalStatus.of(
                            t,
                            new GoalRules.Verdict(
                                    Status.PENDING,
                                    null,
                                    head + "；实际：" + t.region() + GoalRules.fmt(signed(own)) + own.unit() + "；等待"
                                            + goal.benchmarkRegion() + "回顾" + year + "年的报告"))
                    .withEvidence(goal.ownActual(), null, null, List.of());
        }
        return GoalStatus.of(
                        t,
                        new GoalRules.Verdict(
                                Status.NOT_EVALUABLE,
                                null,
                                head + "；实际：" + t.region() + GoalRules.fmt(signed(own)) + own.unit() + "；"
                                        + goal.benchmarkRegion() + "回顾" + year + "年的报告没有该指标的可比数字"))
                .withEvidence(goal.ownActual(), null, null, List.of());
    }

    /** The verdict on a difference {@code diff} (own minus other, in percentage points). */
    private GoalRules.Verdict decide(Fact t, double diff, String head) {
        double need = t.value() == null ? 0 : signed(t);
        double margin = round(diff - need);
        boolean met = switch (t.comparator()) {
            case gt -> diff > need;
            case le -> diff <= need;
            case approx -> diff >= need - tolerance.percentagePoints();
            default -> diff >= need;
        };
        String text = head + "；差距 " + signedFmt(margin) + " 个百分点";
        return new GoalRules.Verdict(met ? Status.MET : Status.MISSED, margin, text + (met ? " → 完成" : " → 未完成"));
    }

    /** 高于全省平均水平 said without a figure settles 高于 and 不低于 targets with no gap, and nothing else. */
    private static GoalRules.Verdict decideFromWords(Fact t, Fact stated, String head) {
        boolean above = stated.comparator() == Comparator.gt || stated.comparator() == Comparator.ge;
        boolean below = stated.comparator() == Comparator.le;
        boolean noGap = t.value() == null || t.value() == 0;
        boolean wantsAbove = t.comparator() == Comparator.gt || t.comparator() == Comparator.ge;
        if (noGap && wantsAbove && above) {
            return new GoalRules.Verdict(Status.MET, null, head + " → 完成（据报告自述，没有数字）");
        }
        if (wantsAbove && below) {
            return new GoalRules.Verdict(Status.MISSED, null, head + " → 未完成（据报告自述，没有数字）");
        }
        return new GoalRules.Verdict(Status.NOT_EVALUABLE, null, head + " → 自述没有数字，不足以判定");
    }

    /** A figure that can be compared: a % growth or rate. */
    private static Fact figure(Fact f) {
        return f != null && f.value() != null && "%".equals(f.unit()) && f.kind() != Fact.Kind.relative ? f : null;
    }

    private static double signed(Fact f) {
        return f.direction() == Fact.Direction.decrease ? -f.value() : f.value();
    }

    private static String signedFmt(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + GoalRules.fmt(Math.abs(v));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
