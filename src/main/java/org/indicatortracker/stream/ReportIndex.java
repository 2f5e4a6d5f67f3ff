package org.indicatortracker.stream;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indicatortracker.extract.Fact;

/**
 * What the tracker last took from one report record: the hash of its text, its facts by fact key,
 * the region-years its review covers (report id → region|year), and what was recognised of each
 * report it holds. A new version is diffed against this; {@code GET /reports/{id}} serves it.
 */
public record ReportIndex(String textHash, Map<String, Fact> facts, Map<String, String> reviews, List<Part> parts) {
    public ReportIndex {
        facts = new TreeMap<>(facts == null ? Map.of() : facts);
        reviews = new TreeMap<>(reviews == null ? Map.of() : reviews);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** One report of the record, as recognised. */
    public record Part(
            String reportId,
            String kind,
            String region,
            String level,
            Integer reportYear,
            Integer reviewYear,
            String deliveredOn,
            boolean truncated) {}

    public static final ReportIndex EMPTY = new ReportIndex(null, Map.of(), Map.of(), List.of());
}
