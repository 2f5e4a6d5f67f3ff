package org.indicatortracker.verdict;

import java.util.List;
import org.indicatortracker.extract.Fact;

/**
 * What one report changes about one region and year, in one message: the facts it states (new or
 * restated), the fact keys it no longer states, and whether it starts or stops reviewing that year.
 * One message per report and region-year keeps the repartition topic and the store writes to a minimum.
 *
 * @param reportId  the report behind the change
 * @param upserts   facts stated by the report about this region-year
 * @param retracted keys of facts this report stated before and no longer does
 * @param review    what changes about the report's review of the year
 * @param copy      a copy of the update sent to every partition, for the goals set against this
 *                  region-year there (the nation's: every region's partition needs its figures)
 */
public record RegionYearUpdate(
        String reportId, List<Fact> upserts, List<String> retracted, Review review, boolean copy) {

    /** A report's review of the year: it now reviews it, no longer does, or nothing changes. */
    public enum Review {
        UNCHANGED,
        REVIEWS,
        NO_LONGER
    }

    public RegionYearUpdate {
        upserts = upserts == null ? List.of() : List.copyOf(upserts);
        retracted = retracted == null ? List.of() : List.copyOf(retracted);
        review = review == null ? Review.UNCHANGED : review;
    }

    public RegionYearUpdate(String reportId, List<Fact> upserts, List<String> retracted, Review review) {
        this(reportId, upserts, retracted, review, false);
    }

    /** The same update, as the copy every partition gets. */
    public RegionYearUpdate asCopy() {
        return new RegionYearUpdate(reportId, upserts, retracted, review, true);
    }
}
