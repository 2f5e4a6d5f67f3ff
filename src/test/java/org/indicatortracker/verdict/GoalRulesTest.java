package org.indicatortracker.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Indicator.Polarity;
import org.indicatortracker.testing.Facts;
import org.junit.jupiter.api.Test;

class GoalRulesTest {
    private final GoalRules rules = new GoalRules(Tolerance.DEFAULT, "gdp");

    static Fact fact(
            Fact.Role role,
            String indicator,
            Fact.Kind kind,
            Comparator c,
            Double value,
            String unit,
            Fact.Direction d,
            boolean estimate) {
        return Facts.fact(role)
                .indicator(indicator, indicator)
                .kind(kind)
                .comparator(c)
                .value(value, unit)
                .direction(d)
                .estimate(estimate)
                .text(indicator + " " + value + unit)
                .build();
    }

    static Fact target(String indicator, Comparator c, double value, String unit) {
        return fact(
                Fact.Role.target,
                indicator,
                unit.equals("%") ? Fact.Kind.growth : Fact.Kind.level,
                c,
                value,
                unit,
                Fact.Direction.increase,
                false);
    }

    static Fact actual(String indicator, double value, String unit) {
        return fact(
                Fact.Role.actual,
                indicator,
                unit.equals("%") ? Fact.Kind.growth : Fact.Kind.level,
                Comparator.eq,
                value,
                unit,
                Fact.Direction.increase,
                false);
    }

    @Test
    void floorTargetMetWhenActualReachesIt() {
        GoalRules.Verdict v =
                rules.judge(target("gdp", Comparator.ge, 6.0, "%"), actual("gdp", 6.2, "%"), Polarity.HIGHER, null);
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.margin()).isEqualTo(0.2);
    }

    @Test
    void floorTargetMissedWhenActualFallsShort() {
        GoalRules.Verdict v =
                rules.judge(target("gdp", Comparator.eq, 6.5, "%"), actual("gdp", 5.1, "%"), Polarity.HIGHER, null);
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(v.margin()).isEqualTo(-1.4);
        assertThat(v.rule()).contains("差距 −1.4 个百分点").contains("未完成");
    }

    @Test
    void approxTargetMetWithinToleranceSaysSo() {
        GoalRules.Verdict v =
                rules.judge(target("gdp", Comparator.approx, 7.5, "%"), actual("gdp", 7.4, "%"), Polarity.HIGHER, null);
        assertThat(v.status()).isEqualTo(Status.MET);
        assertThat(v.rule()).contains("容差");
    }

    @Test
    void approxTargetMissedByMoreThanTolerance() {
        GoalRules.Verdict v =
                rules.judge(target("gdp", Comparator.approx, 6.0, "%"), actual("gdp", 5.3, "%"), Polarity.HIGHER, null);
        assertThat(v.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void ceilingIndicatorMetWhenBelowTheCap() {
        assertThat(rules.judge(
                                target("cpi", Comparator.approx, 3.0, "%"),
                                actual("cpi", 0.6, "%"),
                                Polarity.LOWER,
                                null)
                        .status())
                .isEqualTo(Status.MET);
        assertThat(rules.judge(
                                target("cpi", Comparator.approx, 3.0, "%"),
                                actual("cpi", 3.8, "%"),
                                Polarity.LOWER,
                                null)
                        .status())
                .isEqualTo(Status.MISSED);
        assertThat(rules.judge(
                                target("cpi", Comparator.approx, 3.0, "%"),
                                actual("cpi", 3.4, "%"),
                                Polarity.LOWER,
                                null)
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void rangeIsMetAtItsLowEndForAFloor() {
        Fact range = Facts.fact(Fact.Role.target)
                .indicator("gdp", "地区生产总值")
                .kind(Fact.Kind.growth)
                .comparator(Comparator.range)
                .value(6.0, "%")
                .valueHigh(6.5)
                .text("增长6%-6.5%")
                .build();
        assertThat(rules.judge(range, actual("gdp", 6.0, "%"), Polarity.HIGHER, null)
                        .status())
                .isEqualTo(Status.MET);
        assertThat(rules.judge(range, actual("gdp", 5.9, "%"), Polarity.HIGHER, null)
                        .status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void decreaseTargetComparesTheSizeOfTheDecrease() {
        Fact t = fact(
                Fact.Role.target,
                "energy_intensity",
                Fact.Kind.growth,
                Comparator.eq,
                3.0,
                "%",
                Fact.Direction.decrease,
                false);
        Fact enough = fact(
                Fact.Role.actual,
                "energy_intensity",
                Fact.Kind.growth,
                Comparator.eq,
                3.4,
                "%",
                Fact.Direction.decrease,
                false);
        Fact tooLittle = fact(
                Fact.Role.actual,
                "energy_intensity",
                Fact.Kind.growth,
                Comparator.eq,
                2.1,
                "%",
                Fact.Direction.decrease,
                false);
        assertThat(rules.judge(t, enough, Polarity.LOWER, null).status()).isEqualTo(Status.MET);
        GoalRules.Verdict missed = rules.judge(t, tooLittle, Polarity.LOWER, null);
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.margin()).isEqualTo(0.9);
    }

    @Test
    void incomeInStepWithGrowthJudgedAgainstGdpGrowth() {
        Fact t = Facts.fact(Fact.Role.target)
                .indicator("disposable_income", "居民人均可支配收入")
                .kind(Fact.Kind.relative)
                .relativeTo("gdp")
                .text("居民收入增长和经济增长同步")
                .build();
        Fact gdp = actual("gdp", 5.8, "%");
        assertThat(rules.judge(t, actual("disposable_income", 6.2, "%"), Polarity.HIGHER, gdp)
                        .status())
                .isEqualTo(Status.MET);
        assertThat(rules.judge(t, actual("disposable_income", 5.5, "%"), Polarity.HIGHER, gdp)
                        .status())
                .isEqualTo(Status.MET);
        assertThat(rules.judge(t, actual("disposable_income", 4.9, "%"), Polarity.HIGHER, gdp)
                        .status())
                .isEqualTo(Status.MISSED);
        assertThat(rules.judge(t, actual("disposable_income", 6.2, "%"), Polarity.HIGHER, null)
                        .status())
                .isEqualTo(Status.NOT_EVALUABLE);
    }

    @Test
    void levelsCompareAcrossMultipliers() {
        GoalRules.Verdict v = rules.judge(
                target("new_urban_jobs", Comparator.ge, 1.2, "万人"),
                actual("new_urban_jobs", 11691, "人"),
                Polarity.HIGHER,
                null);
        assertThat(v.status()).isEqualTo(Status.MISSED);
        assertThat(rules.judge(
                                target("grain_output", Comparator.ge, 110, "万吨"),
                                actual("grain_output", 23.0, "亿斤"),
                                Polarity.HIGHER,
                                null)
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void growthTargetAgainstOnlyALevelIsNotEvaluable() {
        GoalRules.Verdict v = rules.judge(
                target("foreign_trade", Comparator.eq, 6.0, "%"),
                actual("foreign_trade", 105, "亿元"),
                Polarity.HIGHER,
                null);
        assertThat(v.status()).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(v.rule()).contains("度量不同");
    }

    @Test
    void levelTargetUsesTheLevelReportedBesideAGrowth() {
        Fact a = Facts.fact(Fact.Role.actual)
                .indicator("grain_output", "粮食产量")
                .kind(Fact.Kind.growth)
                .value(2.0, "%")
                .level(51.2, "亿斤")
                .text("…")
                .build();
        assertThat(rules.judge(target("grain_output", Comparator.ge, 50, "亿斤"), a, Polarity.HIGHER, null)
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void aLowerBoundActualCannotShowAHigherTargetMissed() {
        Fact positive = fact(
                Fact.Role.actual,
                "foreign_investment",
                Fact.Kind.growth,
                Comparator.gt,
                0.0,
                "%",
                Fact.Direction.increase,
                false);
        assertThat(rules.judge(target("foreign_investment", Comparator.ge, 5.0, "%"), positive, Polarity.HIGHER, null)
                        .status())
                .isEqualTo(Status.NOT_EVALUABLE);
    }

    @Test
    void qualitativeTargetIsNotEvaluable() {
        Fact t = fact(
                Fact.Role.target,
                "foreign_trade",
                Fact.Kind.qualitative,
                Comparator.none,
                null,
                null,
                Fact.Direction.increase,
                false);
        assertThat(rules.judge(t, null, Polarity.HIGHER, null).status()).isEqualTo(Status.NOT_EVALUABLE);
    }

    @Test
    void toleranceIsConfigurable() {
        GoalRules strict = new GoalRules(new Tolerance(0.0, 0.0), "gdp");
        assertThat(strict.judge(
                                target("gdp", Comparator.approx, 7.5, "%"),
                                actual("gdp", 7.4, "%"),
                                Polarity.HIGHER,
                                null)
                        .status())
                .isEqualTo(Status.MISSED);
    }

    @Test
    void levelMarginsAndBoundsAreInTheTargetsUnit() {
        GoalRules.Verdict jobs = rules.judge(
                target("new_urban_jobs", Comparator.ge, 2, "万人"),
                actual("new_urban_jobs", 2.3, "万人"),
                Polarity.HIGHER,
                null);
        assertThat(jobs.status()).isEqualTo(Status.MET);
        assertThat(jobs.margin()).isEqualTo(0.3);
        assertThat(jobs.rule()).contains("（≥2）").contains("差距 +0.3 万人").doesNotContain("3000");

        GoalRules.Verdict revenue = rules.judge(
                target("public_budget_revenue", Comparator.ge, 9500, "亿元"),
                actual("public_budget_revenue", 1.02, "万亿元"),
                Polarity.HIGHER,
                null);
        assertThat(revenue.status()).isEqualTo(Status.MET);
        assertThat(revenue.margin()).isEqualTo(700.0);
        assertThat(revenue.rule()).contains("差距 +700 亿元");

        GoalRules.Verdict grain = rules.judge(
                target("grain_output", Comparator.approx, 1300, "万吨"),
                actual("grain_output", 255, "亿斤"),
                Polarity.HIGHER,
                null);
        assertThat(grain.status()).isEqualTo(Status.MET);
        assertThat(grain.margin()).isEqualTo(-25.0);
        assertThat(grain.rule()).contains("差距 −25 万吨").contains("容差 ±39万吨");
    }

    private static Fact bounded(Comparator side, double value, String unit) {
        return fact(
                Fact.Role.actual,
                "x",
                unit.equals("%") ? Fact.Kind.growth : Fact.Kind.level,
                side,
                value,
                unit,
                Fact.Direction.increase,
                false);
    }

    private Status judge(Comparator targetSide, double target, Comparator actualSide, double actual) {
        return rules.judge(
                        target("x", targetSide, target, "%"), bounded(actualSide, actual, "%"), Polarity.HIGHER, null)
                .status();
    }

    @Test
    void everyTargetSideAgainstEveryActualSide() {
        // A floor target (≥5, or >0 for 正增长).
        assertThat(judge(Comparator.ge, 5, Comparator.eq, 6)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.ge, 5, Comparator.eq, 4)).isEqualTo(Status.MISSED);
        assertThat(judge(Comparator.ge, 5, Comparator.ge, 6)).isEqualTo(Status.MET); // 6%以上 ≥ 5
        assertThat(judge(Comparator.ge, 5, Comparator.ge, 5)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.ge, 5, Comparator.ge, 4))
                .isEqualTo(Status.NOT_EVALUABLE); // 4%以上 may or may not reach 5
        assertThat(judge(Comparator.ge, 5, Comparator.gt, 5)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.ge, 5, Comparator.le, 4)).isEqualTo(Status.MISSED); // at most 4 cannot reach 5
        assertThat(judge(Comparator.ge, 5, Comparator.le, 6)).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(judge(Comparator.gt, 0, Comparator.gt, 0)).isEqualTo(Status.MET); // 正增长 against 正增长
        assertThat(judge(Comparator.gt, 0, Comparator.ge, 0)).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(judge(Comparator.gt, 0, Comparator.le, 0)).isEqualTo(Status.MISSED);
        // A ceiling target (≤3).
        assertThat(judge(Comparator.le, 3, Comparator.eq, 2)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.le, 3, Comparator.eq, 4)).isEqualTo(Status.MISSED);
        assertThat(judge(Comparator.le, 3, Comparator.le, 2)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.le, 3, Comparator.le, 4)).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(judge(Comparator.le, 3, Comparator.ge, 4)).isEqualTo(Status.MISSED);
        assertThat(judge(Comparator.le, 3, Comparator.ge, 2)).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(judge(Comparator.le, 3, Comparator.gt, 3)).isEqualTo(Status.MISSED);
        // 左右 on a floor: the tolerance counts for a bound as for a figure.
        assertThat(judge(Comparator.approx, 6, Comparator.ge, 5.6)).isEqualTo(Status.MET);
        assertThat(judge(Comparator.approx, 6, Comparator.le, 5.4)).isEqualTo(Status.MISSED);
    }
}
