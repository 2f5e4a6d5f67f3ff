package org.indicatortracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    private static GoalStatus goal(String region, String code, int year, String indicator, Status status) {
        return new GoalStatus(
                region, code, year, null, indicator, indicator, status, null, null, null, null, null, "", List.of(),
                List.of());
    }

    private final List<GoalStatus> goals = List.of(
            goal("江苏省", "320000", 2023, "gdp", Status.MET),
            goal("江苏省", "320000", 2023, "cpi", Status.MISSED),
            goal("扬州市", "321000", 2023, "gdp", Status.MET),
            goal("扬州市", "321000", 2023, "cpi", Status.UNREPORTED),
            goal("扬州市", "321000", 2024, "gdp", Status.PENDING));

    @Test
    void hitRatesAreMetOverDecidedByYearLevelAndIndicator() {
        Scorecard card = Scorecard.of(goals, Gazetteer.standard());
        assertThat(card.total().goals()).isEqualTo(5);
        assertThat(card.total().hitRate()).isEqualTo(2.0 / 3);
        assertThat(card.byYear().get("2023").hitRate()).isEqualTo(2.0 / 3);
        assertThat(card.byYear().get("2024").hitRate())
                .as("nothing decided yet")
                .isNull();
        assertThat(card.byLevel().get("provincial").hitRate()).isEqualTo(0.5);
        assertThat(card.byLevel().get("prefecture").counts())
                .containsEntry(Status.MET, 1)
                .containsEntry(Status.UNREPORTED, 1)
                .containsEntry(Status.PENDING, 1)
                .containsEntry(Status.MISSED, 0);
        assertThat(card.byIndicator().get("gdp").hitRate()).isEqualTo(1.0);
        assertThat(card.render()).contains("by level").contains("provincial").contains("0.50");
    }

    @Test
    void filtersKeepOneLevelYearOrIndicator() {
        assertThat(Scorecard.filter(goals, "prefecture", 2023, null, Gazetteer.standard()))
                .hasSize(2);
        assertThat(Scorecard.filter(goals, null, null, "cpi", Gazetteer.standard()))
                .hasSize(2);
    }
}
