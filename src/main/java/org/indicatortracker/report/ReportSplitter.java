package org.indicatortracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a compiled collection into its reports. A report in a collection opens with a title line of
 * its own, "2024年济南市政府工作报告"; a table of contents repeats the titles with a number before or
 * a page number after, so only a title that is the whole line counts. A text with fewer than two
 * such titles is one report.
 */
public final class ReportSplitter {
    private static final Pattern TITLE_LINE =
            Pattern.compile("(?m)^[ \\t]*\\d{4}年度?[\\u4e00-\\u9fa5]{2,16}?(?:人民)?政府工作报告(?:[(（]摘要[)）])?[ \\t]*$");

    /** A part of the original text: [start, end) in original offsets. */
    public record Part(int start, int end) {}

    public List<Part> split(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = TITLE_LINE.matcher(text);
        // Only a line that opens with a year can be a title: the regex runs on those lines alone.
        for (int lineStart = 0; lineStart < text.length(); ) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int first = lineStart;
            while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first < lineEnd
                    && Character.isDigit(text.charAt(first))
                    && m.region(lineStart, lineEnd).find()) {
                starts.add(m.start());
            }
            lineStart = lineEnd + 1;
        }
        if (starts.size() < 2) {
            return List.of(new Part(0, text.length()));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            parts.add(new Part(starts.get(i), end));
        }
        return parts;
    }
}
