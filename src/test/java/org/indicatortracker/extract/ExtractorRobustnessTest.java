package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.indicatortracker.report.DocumentKind;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

/** Hostile input: the extractor answers, and invents no facts. It never throws. */
class ExtractorRobustnessTest {
    private final Extractor extractor = Reports.EXTRACTOR;

    private ExtractedReport run(String text) {
        return extractor.extract("x", text, ReportOverrides.NONE);
    }

    @Test
    void tenMegabytesOfDigitsAndPercentSignsComeBack() {
        StringBuilder s = new StringBuilder(10_000_000);
        Random r = new Random(1);
        while (s.length() < 10_000_000) {
            s.append(r.nextInt(10));
            if (r.nextInt(7) == 0) {
                s.append('%');
            }
        }
        ExtractedReport result = run(s.toString());
        assertThat(result.profile().kind()).isEqualTo(DocumentKind.unrecognised);
        assertThat(result.facts()).isEmpty();
    }

    @Test
    void oneVeryLongLineOfReportWordsComesBack() {
        String line = "地区生产总值增长".repeat(200_000) + "5%";
        ExtractedReport result = run("政府工作报告\n" + line);
        assertThat(result).isNotNull();
    }

    @Test
    void randomUnicodeAndBinaryBytesComeBackWithoutFacts() {
        Random r = new Random(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 500_000; i++) {
            s.appendCodePoint(r.nextInt(0x2FFFF));
        }
        assertThat(run(s.toString()).facts()).isEmpty();
        byte[] bytes = new byte[1_000_000];
        r.nextBytes(bytes);
        assertThat(run(new String(bytes, StandardCharsets.ISO_8859_1)).facts()).isEmpty();
    }

    @Test
    void emptyAndTinyInputs() {
        assertThat(run("").facts()).isEmpty();
        assertThat(run("%").facts()).isEmpty();
        assertThat(run("主要预期目标是：").facts()).isEmpty();
    }

    @Test
    void manyTitlesDoNotBlowUpTheSplitter() {
        String text = "2024年甲市政府工作报告\n".repeat(20_000);
        assertThat(extractor.extractDocument("x", text, ReportOverrides.NONE)).hasSize(20_000);
    }

    @Test
    void longRunsOfPredicateWordsComeBack() {
        String review = "地区生产总值" + "全年累计".repeat(100_000) + "增长5%。";
        ExtractedReport result = run(Reports.report("洛阳市", 2024, review, "地区生产总值增长5%"));
        assertThat(result.facts()).extracting(Fact::role).doesNotContain(Fact.Role.actual);
    }
}
