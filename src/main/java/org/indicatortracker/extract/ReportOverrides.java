package org.indicatortracker.extract;

/** What the publisher states about a report, which wins over what is read from its text. */
public record ReportOverrides(String region, Integer year, String source) {
    public static final ReportOverrides NONE = new ReportOverrides(null, null, null);
}
