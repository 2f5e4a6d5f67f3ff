package org.indicatortracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scan finds what Matcher.find finds, whatever the line breaks and wherever the search starts. */
class ScanTest {
    private static final List<String> TEXTS = List.of(
            "",
            "二、2024年工作安排\n今年是“十五五”开局之年。主要预期目标是：",
            "前言\r\n二、2023年重点工作\r三、2022年\u0085四、2021年工作\u2028二、2020年\u2029三、2019年",
            "今年是“十四五”开局之年，明年是“十四五”收官之年。\n主要目标主要预期目标：增长6%",
            "\n\n二、2018年\n 二、2017年\n二、工作回顾\n四、2016年以来\n四、2015年",
            "奋斗目标为：\r\n发展目标建议是：预期目标拟为：主要目标",
            "一、2023年工作回顾\r\n2023年，是极不平凡的一年。\u0085过去一年工作回顾\n2022年是\r2021年，是\u2028回顾");

    private static final Pattern HEADING_YEAR =
            Pattern.compile("(?m)^[二三四][、.]\\s?[^\\n\\d]{0,10}?(\\d{4})年(?!以来|远景|前)");
    private static final Pattern TOP_HEADING = Pattern.compile("(?m)^[二三四五六][、.][^\\n]{0,40}$");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(?:今年|明年)是[^。\\n]{0,30}?十([一二三四五六七八九])五[”\"]?(开局|收官)");
    private static final Pattern REVIEW_LINE =
            Pattern.compile("(?m)^(?:[一1][、.]\\s?[^\\n]{0,30}?回顾|[^\\n]{0,30}?回顾[^\\n]{0,12}$)");
    private static final Pattern YEAR_WORDS = Pattern.compile("(?m)^.{0,40}?(\\d{4})年[,，]?是");
    private static final String[] CUE_WORDS = {"主要预期目标", "主要目标", "发展目标", "预期目标", "奋斗目标"};
    private static final Pattern CUE = Pattern.compile("(?:" + String.join("|", CUE_WORDS) + ")(?:建议|拟)?(?:是|为)?[:：]");

    @Test
    void aPatternTriedAtItsOpeningsFindsWhatFindFinds() {
        for (String text : TEXTS) {
            for (int from = 0; from <= text.length(); from++) {
                for (int limit = from; limit <= text.length(); limit++) {
                    assertSame(
                            PERIOD_YEAR.matcher(text).region(from, limit),
                            m -> Scan.firstOpening(m, text, m.regionStart(), m.regionEnd(), "今年是", "明年是"),
                            PERIOD_YEAR,
                            text);
                    assertSame(
                            CUE.matcher(text).region(from, limit),
                            m -> Scan.firstOpening(m, text, m.regionStart(), m.regionEnd(), CUE_WORDS),
                            CUE,
                            text);
                }
            }
        }
    }

    @Test
    void aLinePatternTriedAtLineStartsFindsWhatFindFinds() {
        for (String text : TEXTS) {
            for (Pattern p : List.of(HEADING_YEAR, TOP_HEADING)) {
                // The recognizer's two uses: from the start within a limit, and from anywhere to the end.
                for (int limit = 0; limit <= text.length(); limit++) {
                    Matcher expected = p.matcher(text).region(0, limit);
                    assertLineScan(p, text, 0, limit, expected.find() ? expected : null);
                }
                for (int from = 0; from <= text.length(); from++) {
                    Matcher expected = p.matcher(text);
                    assertLineScan(p, text, from, text.length(), expected.find(from) ? expected : null);
                }
            }
        }
    }

    @Test
    void aLinePatternTriedAtEveryLineStartFindsWhatFindFinds() {
        for (String text : TEXTS) {
            for (Pattern p : List.of(REVIEW_LINE, YEAR_WORDS, HEADING_YEAR, TOP_HEADING)) {
                for (int limit = 0; limit <= text.length(); limit++) {
                    Matcher expected = p.matcher(text).region(0, limit);
                    Matcher actual = p.matcher(text);
                    // Every match in turn, as a find() loop takes them.
                    int from = 0;
                    while (true) {
                        boolean found = expected.find();
                        boolean scanned = Scan.firstAtAnyLineStart(actual, text, from, limit);
                        assertThat(scanned)
                                .as("%s in %s from %d to %d", p, text, from, limit)
                                .isEqualTo(found);
                        if (!found) {
                            break;
                        }
                        assertThat(actual.start()).isEqualTo(expected.start());
                        assertThat(actual.end()).isEqualTo(expected.end());
                        from = actual.end();
                    }
                }
                for (int from = 0; from <= text.length(); from++) {
                    Matcher expected = p.matcher(text);
                    Matcher actual = p.matcher(text);
                    boolean found = expected.find(from);
                    assertThat(Scan.firstAtAnyLineStart(actual, text, from, text.length()))
                            .isEqualTo(found);
                    if (found) {
                        assertThat(actual.start()).isEqualTo(expected.start());
                        assertThat(actual.end()).isEqualTo(expected.end());
                    }
                }
            }
        }
    }

    private static void assertLineScan(Pattern p, String text, int from, int limit, Matcher expected) {
        Matcher actual = p.matcher(text);
        boolean scanned = Scan.firstAtLineStart(actual, text, from, limit, "二三四五六");
        assertThat(scanned).as("%s in %s from %d to %d", p, text, from, limit).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(actual.start()).isEqualTo(expected.start());
            assertThat(actual.end()).isEqualTo(expected.end());
        }
    }

    @Test
    void aMatchMayEndAfterTheLastStartTried() {
        String text = "回顾\n二、2020年工作安排\n三、2021年";
        Matcher m = TOP_HEADING.matcher(text);
        assertThat(Scan.firstAtLineStart(m, text, 0, 4, text.length(), "二三")).isTrue();
        assertThat(m.group()).isEqualTo("二、2020年工作安排");
        assertThat(Scan.firstAtLineStart(TOP_HEADING.matcher(text), text, 0, 3, text.length(), "二三"))
                .isFalse();
    }

    private static void assertSame(Matcher region, Predicate<Matcher> scan, Pattern p, String text) {
        int from = region.regionStart();
        int limit = region.regionEnd();
        boolean found = region.find();
        Matcher actual = p.matcher(text).region(from, limit);
        boolean scanned = scan.test(actual);
        assertThat(scanned).as("%s in %s [%d, %d)", p, text, from, limit).isEqualTo(found);
        if (found) {
            assertThat(actual.start()).isEqualTo(region.start());
            assertThat(actual.end()).isEqualTo(region.end());
            for (int g = 1; g <= region.groupCount(); g++) {
                assertThat(actual.group(g)).isEqualTo(region.group(g));
            }
        }
    }
}
