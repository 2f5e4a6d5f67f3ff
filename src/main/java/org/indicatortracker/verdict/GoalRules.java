package org.indicatortracker.verdict;

import java.util.Locale;
import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Indicator;

/**
 * The rules that turn a target and an actual into a verdict. Plain functions of their arguments;
 * the README's rules table describes them one by one.
 */
public final class GoalRules {
    /** A status with its margin (actual minus target, signed) and the rule in words. */
    public record Verdict(Status status, Double margin, String rule) {}

    private final Tolerance tolerance;
    private final String benchmarkId;

    /** @param benchmark the id of the indicator relative targets are measured against (the lexicon's benchmark) */
    public GoalRules(Tolerance tolerance, String benchmark) {
        this.tolerance = tolerance;
        this.benchmarkId = benchmark;
    }

    public Tolerance tolerance() {
        return tolerance;
    }

    /**
     * Judges a target against an actual of the same region, year and indicator.
     *
     * @param benchmark for a target relative to GDP growth: the GDP actual of the same region and year, or null
     */
    public Verdict judge(Fact target, Fact actual, Indicator.Polarity polarity, Fact benchmark) {
        if (target.kind() == Fact.Kind.qualitative) {
            return new Verdict(Status.NOT_EVALUABLE, null, "定性目标，没有可据以判定的数字：" + target.text());
        }
        if (actual != null && actual.kind() == Fact.Kind.shortfall) {
            // The review says in words that the target was missed: that decides, and the rule says so.
            return new Verdict(
                    Status.MISSED, null, "目标：" + describe(target) + "；实际：报告自述“" + actual.text() + "” → 按报告自述判为未完成");
        }
        if (target.kind() == Fact.Kind.relative) {
            return relative(target, actual, benchmark);
        }
        if (actual.kind() == Fact.Kind.qualitative || actual.kind() == Fact.Kind.relative || actual.value() == null) {
            return new Verdict(
                    Status.NOT_EVALUABLE, null, "目标：" + describe(target) + "；实际只有文字表述，没有数字：" + actual.text());
        }
        Measure t = Measure.of(target.value(), target.unit());
        Measure a = comparableActual(target, actual);
        if (a == null) {
            return new Verdict(
                    Status.NOT_EVALUABLE,
                    null,
                    "目标：" + describe(target) + "；实际："
                            + describe(actual) + "；度量不同（" + measureName(t) + " 对 "
                            + measureName(Measure.of(actual.value(), actual.unit()))
                            + "），不作推断");
        }
        return numeric(target, actual, polarity, t, a);
    }

    private Verdict numeric(Fact target, Fact actual, Indicator.Polarity polarity, Measure t, Measure a) {
        double tv = signed(target, t.value());
        double av = signed(actual, a.value());
        boolean percent = t.isPercent() || t.dimension().equals("pp");
        double tol = percent ? tolerance.percentagePoints() : Math.abs(t.value()) * tolerance.levelFraction();
        boolean decrease = target.direction() == Fact.Direction.decrease;
        boolean ceiling = decrease
                || target.comparator() == Comparator.le
                || (polarity == Indicator.Polarity.LOWER
                        && target.comparator() != Comparator.ge
                        && target.comparator() != Comparator.gt);
        double bound = tv;
        if (target.comparator() == Comparator.range && target.valueHigh() != null) {
            double high =
                    signed(target, Measure.of(target.valueHigh(), target.unit()).value());
            bound = ceiling ? Math.max(tv, high) : Math.min(tv, high);
        }
        boolean approx = target.comparator() == Comparator.approx;
        double need = approx ? (ceiling ? bound + tol : bound - tol) : bound;
        boolean strictTarget = !ceiling && target.comparator() == Comparator.gt;
        Side side = Side.of(actual);

        // Margins, bounds and tolerances are printed in the target's own unit (2万人, not 20000人).
        double perUnit = percent ? 1 : Measure.of(1, target.unit()).value();
        double margin = round((av - tv) / perUnit);
        String unit = percent ? " 个百分点" : " " + target.unit();
        String head = "目标：" + describe(target) + "（" + (ceiling ? "≤" : strictTarget ? ">" : "≥")
                + fmt(round(bound / perUnit)) + "）；实际：" + describe(actual) + "；差距 " + signedFmt(margin) + unit;
        String tolText = "“左右”的容差 ±" + fmt(round(tol / perUnit)) + unit.trim();

        Boolean met = side.decides(ceiling, strictTarget, av, need);
        if (met == null) {
            return new Verdict(Status.NOT_EVALUABLE, margin, head + " → 实际只给出" + side.words() + "，无法判定");
        }
        if (met) {
            boolean withinTolerance = approx && !Boolean.TRUE.equals(side.decides(ceiling, strictTarget, av, bound));
            return new Verdict(Status.MET, margin, head + (withinTolerance ? " → 完成（在" + tolText + " 之内）" : " → 完成"));
        }
        return new Verdict(
                Status.MISSED,
                margin,
                head + " → 未完成" + (approx ? "（超出" + tolText + "）" : "")
                        + (side == Side.POINT ? "" : "（实际只给出" + side.words() + "，已足以判定）"));
    }

    /**
     * Which side of its figure an actual lies on: a plain figure, or only a bound. 正增长 and 突破50亿斤 are
     * lower bounds, 控制在3%以内 an upper one; the signed value of a decrease turns the sides round.
     */
    enum Side {
        POINT,
        LOWER,
        LOWER_STRICT,
        UPPER,
        UPPER_STRICT;

        static Side of(Fact actual) {
            Side side = switch (actual.comparator()) {
                case ge -> LOWER;
                case gt -> LOWER_STRICT;
                case le -> UPPER;
                default -> POINT;
            };
            if (actual.direction() != Fact.Direction.decrease) {
                return side;
            }
            return switch (side) {
                case LOWER -> UPPER;
                case LOWER_STRICT -> UPPER_STRICT;
                case UPPER -> LOWER;
                default -> side;
            };
        }

        /** True for met, false for missed, null when the bound leaves it open. */
        Boolean decides(boolean ceiling, boolean strictTarget, double av, double need) {
            if (ceiling) {
                return switch (this) {
                    case POINT -> av <= need;
                    case UPPER, UPPER_STRICT -> av <= need ? Boolean.TRUE : null;
                    case LOWER -> av > need ? Boolean.FALSE : null;
                    case LOWER_STRICT -> av >= need ? Boolean.FALSE : null;
                };
            }
            return switch (this) {
                case POINT -> strictTarget ? av > need : av >= need;
                case LOWER -> av > need || av == need && !strictTarget ? Boolean.TRUE : null;
                case LOWER_STRICT -> av >= need ? Boolean.TRUE : null;
                case UPPER -> av < need || av == need && strictTarget ? Boolean.FALSE : null;
                case UPPER_STRICT -> av <= need ? Boolean.FALSE : null;
            };
        }

        String words() {
            return this == POINT ? "数字" : this == UPPER || this == UPPER_STRICT ? "上限" : "下限";
        }
    }

    private Verdict relative(Fact target, Fact actual, Fact benchmark) {
        if (!benchmarkId.equals(target.relativeTo())) {
            return new Verdict(
                    Status.NOT_EVALUABLE,
                    null,
                    "相对目标（" + target.text() + "）以" + target.relativeTo() + "为基准；数据流中没有该基准的数字");
        }
        if (actual.kind() == Fact.Kind.relative && benchmarkId.equals(actual.relativeTo())) {
            return new Verdict(
                    Status.MET, null, "目标：" + target.text() + "；实际：报告自述“" + actual.text() + "”（没有数字）→ 按报告自述判为完成");
        }
        if (actual.value() == null || !"%".equals(actual.unit())) {
            return new Verdict(Status.NOT_EVALUABLE, null, "目标：" + target.text() + "；实际没有增速：" + actual.text());
        }
        if (benchmark == null || benchmark.value() == null || !"%".equals(benchmark.unit())) {
            return new Verdict(
                    Status.NOT_EVALUABLE, null, "目标：" + target.text() + "；实际：" + describe(actual) + "；同年没有地区生产总值增速可比");
        }
        double a = signed(actual, actual.value());
        double g = signed(benchmark, benchmark.value());
        double margin = round(a - g);
        String head = "目标：" + target.text() + "（≥ 地区生产总值增速 " + fmt(g) + "% − 容差 " + fmt(tolerance.percentagePoints())
                + "）；实际：" + describe(actual) + "；差距 " + signedFmt(margin) + " 个百分点";
        if (a >= g) {
            return new Verdict(Status.MET, margin, head + " → 完成");
        }
        if (a >= g - tolerance.percentagePoints()) {
            return new Verdict(Status.MET, margin, head + " → 完成（在容差之内）");
        }
        return new Verdict(Status.MISSED, margin, head + " → 未完成");
    }

    /** The actual in the target's measure: its headline figure, or the level reported beside it. */
    private static Measure comparableActual(Fact target, Fact actual) {
        Measure t = Measure.of(target.value(), target.unit());
        Measure a = Measure.of(actual.value(), actual.unit());
        if (a.comparableWith(t) && sameKind(target, actual)) {
            return a;
        }
        if (actual.levelValue() != null) {
            Measure level = Measure.of(actual.levelValue(), actual.levelUnit());
            if (level.comparableWith(t)) {
                return level;
            }
        }
        return null;
    }

    /** A growth target needs a growth figure; a rate (失业率5.5%) a rate. */
    private static boolean sameKind(Fact target, Fact actual) {
        if (!"%".equals(target.unit())) {
            return true;
        }
        return (target.kind() == Fact.Kind.growth) == (actual.kind() == Fact.Kind.growth);
    }

    private static double signed(Fact f, double v) {
        return f.direction() == Fact.Direction.decrease ? -v : v;
    }

    static String describe(Fact f) {
        if (f.value() == null) {
            return f.text();
        }
        String verb = f.direction() == Fact.Direction.decrease
                ? "下降"
                : f.kind() == Fact.Kind.growth ? (f.period() != null ? "年均增长" : "增长") : "";
        String q = switch (f.comparator()) {
            case ge -> "以上";
            case le -> "以内";
            case approx -> "左右";
            case gt -> "（超过）";
            default -> "";
        };
        String v = f.valueHigh() != null ? fmt(f.value()) + "–" + fmt(f.valueHigh()) : fmt(f.value());
        return f.indicatorName() + verb + v + f.unit() + q + (f.estimate() ? "（预计）" : "");
    }

    private static String measureName(Measure m) {
        return switch (m.dimension()) {
            case "%" -> "百分比";
            case "pp" -> "百分点";
            default -> "总量（" + m.dimension() + "）";
        };
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String signedFmt(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + fmt(Math.abs(v));
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
