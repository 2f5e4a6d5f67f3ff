package org.indicatortracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
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

    /**
     * Hostile text inside a real report's head and sections, so that every grammar runs on it. Time
     * must grow with the length: four times the text, about four times the time, never sixteen. Only
     * the ratio is asserted; the absolute times depend on the machine.
     */
    @Test
    void hostileSectionsTakeTimeInProportionToTheirLength() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("report words", n -> "地区生产总值增长".repeat(n / 8) + "5%。");
        shapes.put("joined names", n -> "地区生产总值、".repeat(n / 7) + "分别增长5%。");
        shapes.put("lead-ins", n -> "主要预期目标是：".repeat(n / 8) + "地区生产总值增长5%。");
        shapes.put("figures", n -> "增长5.5%、".repeat(n / 7));
        shapes.put("one clause of predicates", n -> "地区生产总值" + "全年累计".repeat(n / 4) + "增长5%。");
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
            IntFunction<String> report = n -> Reports.report(
                    "洛阳市", 2024, shape.getValue().apply(n), shape.getValue().apply(n));
            assertThat(run(report.apply(1000)).profile().kind())
                    .as(shape.getKey())
                    .isEqualTo(DocumentKind.report);
            double ratio = (double) bestTime(report.apply(200_000)) / bestTime(report.apply(50_000));
            assertThat(ratio).as(shape.getKey() + ": time at 4n over time at n").isLessThan(8.0);
        }
    }

    private long bestTime(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            run(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
