package org.indicatortracker.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.testing.Shared;
import org.junit.jupiter.api.Test;

/** The bar of the extraction issue, on the seed documents and their hand annotation. */
class SeedGoldTest {

    @Test
    void seedsMeetThePrecisionAndRecallBar() throws Exception {
        GoldEvaluation.Result r = new GoldEvaluation(Reports.EXTRACTOR).evaluate(Shared.gold(), Shared.seeds());
        String report = GoldEvaluation.format(r);
        assertThat(r.regionsAndYearsRight()).as(report).isTrue();
        assertThat(r.targets().precision()).as(report).isGreaterThanOrEqualTo(0.98);
        assertThat(r.targets().recall()).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(r.actuals().precision()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(r.actuals().recall()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void puyangReportHasItsGdpTargetAndActual() throws Exception {
        String text = Files.readString(Shared.seeds().resolve("000_1eb44f084b9c5d62.txt"));
        var facts = Reports.EXTRACTOR
                .extractDocument("000", text, ReportOverrides.NONE)
                .get(0)
                .facts();
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.role().name()).isEqualTo("target");
            assertThat(f.year()).isEqualTo(2024);
            assertThat(f.indicator()).isEqualTo("gdp");
            assertThat(f.value()).isEqualTo(6.5);
            assertThat(f.region()).isEqualTo("濮阳市");
        });
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.role().name()).isEqualTo("actual");
            assertThat(f.year()).isEqualTo(2023);
            assertThat(f.indicator()).isEqualTo("gdp");
            assertThat(f.value()).isEqualTo(2.8);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        });
    }
}
