package org.indicatortracker.verdict;

import java.util.List;
import org.indicatortracker.extract.Fact;

/**
 * What one report changes about one region and year, in one message: the facts it states (new or
 * restated), the fact keys it no longer states, and whether it reviews that year. One message per
 * report and region-year keeps the repartition topic and the store writes to a minimum.
 *
 * @param reportId   the report behind the change
 * @param upserts    facts stated by the report about this region-year
 * @param retracted  keys of facts this report stated before and no longer does
 * @param reviews    true: the report reviews this year; false: it no longer does; null: unchanged
 */
public record RegionYearUpdate(String reportId, List<Fact> upserts, List<String> retracted, Boolean reviews) {
    public RegionYearUpdate {
        upserts = upserts == null ? List.of() : List.copyOf(upserts);
        retracted = retracted == null ? List.of() : List.copyOf(retracted);
    }
}
