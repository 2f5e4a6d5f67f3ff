package org.indicatortracker.report;

import java.time.LocalDate;

/**
 * What the recognizer reads from a report's own text: who, when, and where its two sections lie
 * (normalised offsets, -1 when absent).
 */
public record ReportProfile(
        DocumentKind kind,
        String region,
        RegionLevel level,
        Integer reportYear,
        Integer reviewYear,
        LocalDate deliveredOn,
        boolean truncated,
        int reviewStart,
        int reviewEnd,
        int planStart,
        int planEnd) {

    public boolean hasReview() {
        return reviewStart >= 0 && reviewEnd > reviewStart;
    }

    public boolean hasPlan() {
        return planStart >= 0 && planEnd > planStart;
    }
}
