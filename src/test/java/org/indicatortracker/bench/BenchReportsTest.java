package org.indicatortracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.stream.ReportEnvelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportsTest {
    @TempDir
    Path dir;

    @Test
    void aCorpusIsEveryTextFileUnderTheFolderInPathOrder() throws IOException {
        write("city/b.txt", "乙市");
        write("city/a.txt", "甲市");
        write("provincial/c.txt", "丙省");
        write("MANIFEST.tsv", "file\tregion");
        CorpusReports corpus = CorpusReports.load(dir);
        assertThat(corpus.reports())
                .extracting(CorpusReports.Report::id)
                .containsExactly("city/a.txt", "city/b.txt", "provincial/c.txt");
        assertThat(corpus.bytes()).isEqualTo(18);
    }

    @Test
    void aFolderWithoutReportsIsAnError() throws IOException {
        write("MANIFEST.tsv", "file\tregion");
        assertThatThrownBy(() -> CorpusReports.load(dir)).hasMessageContaining("no *.txt reports");
    }

    @Test
    void replayedCopiesAreReportsOfTheirOwnAndTheSameEachTime() throws IOException {
        write("city/a.txt", "甲");
        write("city/b.txt", "乙");
        write("city/c.txt", "丙");
        BenchReports reports = BenchReports.replayed(CorpusReports.load(dir));
        List<ReportEnvelope> backfill =
                IntStream.range(0, 7).mapToObj(reports::backfill).toList();
        // Distinct ids: no copy is a duplicate or a correction of another.
        assertThat(backfill).extracting(ReportEnvelope::id).doesNotHaveDuplicates();
        assertThat(backfill.subList(0, 3))
                .extracting(ReportEnvelope::id)
                .containsExactlyInAnyOrder("city/a.txt", "city/b.txt", "city/c.txt");
        assertThat(backfill.subList(3, 6))
                .extracting(ReportEnvelope::id)
                .containsExactlyInAnyOrder("city/a.txt@2", "city/b.txt@2", "city/c.txt@2");
        assertThat(backfill.get(6).id()).endsWith("@3");
        // Region and year are left to the text; the same i gives the same report.
        assertThat(backfill).allSatisfy(e -> assertThat(e.region()).isNull());
        assertThat(reports.backfill(4)).isEqualTo(backfill.get(4));
        assertThat(reports.backfill(4).text()).isEqualTo(reports.backfill(1).text());
    }

    @Test
    void pacedReplaysStateARegionYearOfTheirOwnAfterTheBackfill() throws IOException {
        write("a.txt", "甲");
        BenchReports reports = BenchReports.replayed(CorpusReports.load(dir));
        List<ReportEnvelope> paced =
                IntStream.range(0, 50).mapToObj(reports::paced).toList();
        assertThat(paced).extracting(ReportEnvelope::id).doesNotHaveDuplicates();
        assertThat(paced).extracting(e -> e.region() + "|" + e.year()).doesNotHaveDuplicates();
        assertThat(paced).allSatisfy(e -> {
            assertThat(e.year()).isGreaterThanOrEqualTo(2050);
            assertThat(Gazetteer.standard().byName(e.region())).isPresent();
            assertThat(e.text()).isEqualTo("甲");
        });
    }

    @Test
    void warmUpReportsTouchNoRegionYearOfTheTimedOnes() throws IOException {
        write("a.txt", "甲");
        BenchReports replayed = BenchReports.replayed(CorpusReports.load(dir));
        BenchReports generated = BenchReports.generated(new ReportGenerator(2048), 4);
        for (BenchReports reports : List.of(replayed, generated)) {
            List<ReportEnvelope> warmUp =
                    IntStream.range(0, 3000).mapToObj(reports::warmUp).toList();
            // The paced reports' region-years, 3,000 of them: the generator's places from 2050.
            int lastPacedYear = ReportGenerator.slot(2999, 1, 2050).year();
            assertThat(warmUp).extracting(ReportEnvelope::id).doesNotHaveDuplicates();
            assertThat(warmUp).extracting(e -> e.region() + "|" + e.year()).doesNotHaveDuplicates();
            assertThat(warmUp).allSatisfy(e -> {
                assertThat(e.id()).startsWith("warm-up/");
                assertThat(e.year()).isGreaterThan(lastPacedYear).isLessThanOrEqualTo(2200);
            });
        }
    }

    @Test
    void theMedianOfTheRoundsIsTheMiddleOne() {
        List<Map<String, Object>> rounds = List.of(Map.of("r", 0.9), Map.of("r", 0.4), Map.of("r", 0.6));
        assertThat(EndToEndBenchmark.median(rounds, "r")).isEqualTo(0.6);
        assertThat(EndToEndBenchmark.median(rounds.subList(0, 2), "r")).isEqualTo(0.65);
        assertThat(EndToEndBenchmark.median(rounds, "missing")).isNull();
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
