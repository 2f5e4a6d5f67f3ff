package org.indicatortracker.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.indicatortracker.testing.Facts.fact;

import java.util.List;
import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;
import org.junit.jupiter.api.Test;

class RegionYearTest {
    private static Fact gdp(Fact.Role role, String reportId, double value) {
        return fact(role)
                .reportId(reportId)
                .indicator("gdp", "地区生产总值")
                .kind(Fact.Kind.growth)
                .comparator(role == Fact.Role.target ? Comparator.approx : Comparator.eq)
                .value(value, "%")
                .text("地区生产总值增长" + value + "%")
                .build();
    }

    private static RegionYear with(RegionYear state, Fact fact, RegionYearUpdate.Review review) {
        return state.apply(new RegionYearUpdate(fact.reportId(), List.of(fact), List.of(), review));
    }

    private final RegionYear reviewed =
            with(RegionYear.empty(), gdp(Fact.Role.actual, "review", 5.4), RegionYearUpdate.Review.REVIEWS);

    @Test
    void aPlansTargetsLeaveTheYearsActualsAndReviewsAsTheyWere() {
        RegionYear planned = with(reviewed, gdp(Fact.Role.target, "plan", 5.0), RegionYearUpdate.Review.UNCHANGED);
        assertThat(planned.sameActualsAndReviewsAs(reviewed)).isTrue();
    }

    @Test
    void anotherActualFigureIsAChange() {
        RegionYear corrected = with(reviewed, gdp(Fact.Role.actual, "review", 5.3), RegionYearUpdate.Review.UNCHANGED);
        assertThat(corrected.sameActualsAndReviewsAs(reviewed)).isFalse();
    }

    @Test
    void anotherReviewIsAChange() {
        RegionYear again =
                reviewed.apply(new RegionYearUpdate("quote", List.of(), List.of(), RegionYearUpdate.Review.REVIEWS));
        assertThat(again.sameActualsAndReviewsAs(reviewed)).isFalse();
    }
}
