package org.indicatortracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.indicatortracker.extract.ExtractedReport;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

    @Test
    void theSameRegionYearAndSeedGiveTheSameText() {
        ReportGenerator g = new ReportGenerator(5000);
        assertThat(g.report("洛阳市", 2021, 3)).isEqualTo(g.report("洛阳市", 2021, 3));
        assertThat(g.report("洛阳市", 2021, 3)).isNotEqualTo(g.report("洛阳市", 2021, 4));
    }

    @Test
    void generatedReportsAreReadLikeRealOnesAtTheSizeAsked() {
        List<ReportEnvelope> reports = new ReportGenerator(50_000).reports(6, 3, 2020, 1);
        assertThat(reports).extracting(ReportEnvelope::id).doesNotHaveDuplicates();
        for (ReportEnvelope e : reports) {
            int bytes = e.text().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isBetween(45_000, 60_000);
            ExtractedReport r = Reports.EXTRACTOR.extract(e.id(), e.text(), ReportOverrides.NONE);
            assertThat(r.facts().stream().filter(f -> f.role() == Fact.Role.target))
                    .hasSize(12);
            assertThat(r.facts().stream().filter(f -> f.role() == Fact.Role.actual))
                    .hasSize(11);
            assertThat(e.id())
                    .startsWith(r.profile().region())
                    .endsWith(String.valueOf(r.profile().reportYear()));
        }
    }

    @Test
    void regionYearsAreDistinctRealPlacesForTensOfThousandsOfReports() {
        List<ReportGenerator.Slot> slots = IntStream.range(0, 20_000)
                .mapToObj(i -> ReportGenerator.slot(i, 4, 2000))
                .toList();
        assertThat(slots).doesNotHaveDuplicates();
        assertThat(slots)
                .allSatisfy(
                        s -> assertThat(Gazetteer.standard().byName(s.region())).isPresent());
        assertThat(slots.get(1)).isEqualTo(new ReportGenerator.Slot(slots.get(0).region(), 2001));
    }
}
