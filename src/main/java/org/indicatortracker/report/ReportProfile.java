package org.indicatortracker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the recognizer reads from a report's own text: who, when, and where its two sections lie
 * (normalised offsets, -1 when absent).
 *
 * @param region     the region's display name from the gazetteer, or null
 * @param regionCode its 6-digit code, or null
 * @param doubts     signals that disagreed with what was chosen, in words, for the profile
 */
public record ReportProfile(
        DocumentKind kind,
        String region,
        String regionCode,
        RegionLevel level,
        Integer reportYear,
        Integer reviewYear,
        LocalDate deliveredOn,
        boolean truncated,
        int reviewStart,
        int reviewEnd,
        int planStart,
        int planEnd,
        List<String> doubts) {

    public ReportProfile {
        doubts = List.copyOf(doubts);
    }

    public boolean hasReview() {
        return reviewStart >= 0 && reviewEnd > reviewStart;
    }

    public boolean hasPlan() {
        return planStart >= 0 && planEnd > planStart;
    }
}
