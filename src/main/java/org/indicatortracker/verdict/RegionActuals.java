package org.indicatortracker.verdict;

import java.util.Map;
import java.util.TreeMap;
import org.indicatortracker.extract.Fact;

/**
 * What a region reported for a year, as other regions' goals need it: the preferred figure of each
 * indicator, and whether any report reviewing the year has arrived.
 *
 * @param actuals indicator id → the preferred actual with a figure
 */
public record RegionActuals(String region, int year, boolean reviewed, Map<String, Fact> actuals) {
    public RegionActuals {
        actuals = new TreeMap<>(actuals == null ? Map.of() : actuals);
    }

    /** No review and no figure: nothing for other regions' goals. */
    public boolean holdsNothing() {
        return !reviewed && actuals.isEmpty();
    }
}
