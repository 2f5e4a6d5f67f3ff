package org.indicatortracker.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Facts.fact;

import java.util.List;
import java.util.Map;
import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.Lexicon;
import org.junit.jupiter.api.Test;

class GoalEvaluatorTest {
    private final Lexicon lexicon = Lexicon.loadDefault();
    private final GoalEvaluator evaluator = new GoalEvaluator(lexicon, new GoalRules(Tolerance.DEFAULT, "gdp"));

    private static Fact incomeTarget() {
        return fact(Fact.Role.target)
                .reportId("plan")
                .indicator("disposable_income", "居民人均可支配收入")
                .kind(Fact.Kind.growth)
                .comparator(Comparator.ge)
                .value(7.0, "%")
                .text("城乡居民人均可支配收入增长7%以上")
                .build();
    }

    private static Fact growth(String id, double value) {
        return fact(Fact.Role.actual)
                .reportId("review")
                .indicator(id, id)
                .kind(Fact.Kind.growth)
                .comparator(Comparator.eq)
                .value(value, "%")
                .text(id + "增长" + value + "%")
                .build();
    }

    private Status statusOf(Fact... facts) {
        return goalOf(facts).status();
    }

    private GoalStatus goalOf(Fact... facts) {
        RegionYear state = RegionYear.empty()
                .apply(new RegionYearUpdate("plan", List.of(facts), List.of(), RegionYearUpdate.Review.UNCHANGED))
                .apply(new RegionYearUpdate("review", List.of(), List.of(), RegionYearUpdate.Review.REVIEWS));
        Map<String, GoalStatus> statuses = evaluator.evaluate("洛阳市", 2023, state);
        return statuses.values().stream()
                .filter(s -> s.indicator().equals("disposable_income"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWholesTargetReportedOnlyByItsPartsIsMetWhenEveryPartMeetsIt() {
        assertThat(statusOf(
                        incomeTarget(), growth("urban_disposable_income", 7.2), growth("rural_disposable_income", 8.1)))
                .isEqualTo(Status.MET);
    }

    @Test
    void aWholesTargetIsMissedWhenEveryPartMissesItAndUndecidedWhenThePartsDisagree() {
        assertThat(statusOf(
                        incomeTarget(), growth("urban_disposable_income", 5.2), growth("rural_disposable_income", 6.1)))
                .isEqualTo(Status.MISSED);
        assertThat(statusOf(
                        incomeTarget(), growth("urban_disposable_income", 5.2), growth("rural_disposable_income", 8.1)))
                .isEqualTo(Status.NOT_EVALUABLE);
    }

    @Test
    void aWholesOwnFigureComesBeforeItsParts() {
        assertThat(statusOf(
                        incomeTarget(),
                        growth("disposable_income", 7.5),
                        growth("urban_disposable_income", 5.2),
                        growth("rural_disposable_income", 6.1)))
                .isEqualTo(Status.MET);
        assertThat(statusOf(incomeTarget(), growth("urban_disposable_income", 7.5)))
                .isEqualTo(Status.UNREPORTED);
    }

    @Test
    void theExactFigureDecidesBeforeAMilestoneOfTheSameReportEvenAsAnEstimate() {
        Fact target = fact(Fact.Role.target)
                .reportId("plan")
                .indicator("gdp", "地区生产总值")
                .kind(Fact.Kind.level)
                .comparator(Comparator.ge)
                .value(3100.0, "亿元")
                .text("地区生产总值达到3100亿元以上")
                .build();
        Fact milestone = fact(Fact.Role.actual)
                .reportId("review")
                .indicator("gdp", "地区生产总值")
                .kind(Fact.Kind.level)
                .comparator(Comparator.gt)
                .value(3100.0, "亿元")
                .milestone(true)
                .text("地区生产总值突破3100亿元")
                .build();
        Fact exact = milestone.toBuilder()
                .comparator(Comparator.eq)
                .value(3090.5, "亿元")
                .milestone(false)
                .estimate(true)
                .text("预计地区生产总值3090.5亿元")
                .build();
        RegionYear state = RegionYear.empty()
                .apply(new RegionYearUpdate("plan", List.of(target), List.of(), RegionYearUpdate.Review.UNCHANGED))
                .apply(new RegionYearUpdate(
                        "review", List.of(milestone, exact), List.of(), RegionYearUpdate.Review.REVIEWS));
        GoalStatus s =
                evaluator.evaluate("洛阳市", 2023, state).values().iterator().next();
        // The two disagree (as they would only by a slip of the pen): the milestone alone would meet the target.
        assertThat(s.status()).isEqualTo(Status.MISSED);
        assertThat(s.actual().value()).isEqualTo(3090.5);
    }

    @Test
    void aQualitativeGoalForAWholeIsJudgedAsSuchWhenItsPartsAreReported() {
        Fact qualitative = incomeTarget().toBuilder()
                .kind(Fact.Kind.qualitative)
                .comparator(Comparator.none)
                .value(null, null)
                .text("城乡居民收入稳步增长")
                .build();
        GoalStatus s =
                goalOf(qualitative, growth("urban_disposable_income", 5.2), growth("rural_disposable_income", 8.1));
        assertThat(s.status()).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(s.rule()).doesNotContain("分项");
    }
}
