package org.indicatortracker.stream;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the tracker last took from one report record: the hash of its text, its facts (fact key →
 * region|year), and the region-years its review covers. A new version is diffed against this.
 */
public record ReportIndex(String textHash, Map<String, String> facts, Map<String, String> reviews) {
    public ReportIndex {
        facts = new TreeMap<>(facts == null ? Map.of() : facts);
        reviews = new TreeMap<>(reviews == null ? Map.of() : reviews);
    }

    public static final ReportIndex EMPTY = new ReportIndex(null, Map.of(), Map.of());
}
