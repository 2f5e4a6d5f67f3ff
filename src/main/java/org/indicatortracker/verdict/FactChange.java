package org.indicatortracker.verdict;

import org.indicatortracker.extract.Fact;

/**
 * One change to what is known about a region and year, as the extraction step sends it on.
 *
 * @param type     FACT (a fact stated or restated), RETRACT_FACT (a corrected report dropped it),
 *                 REVIEW (a report reviews this year), RETRACT_REVIEW
 * @param fact     the fact, for FACT
 * @param factKey  the fact's key, for RETRACT_FACT
 * @param reportId the report behind the change
 * @param source   report or quote, for REVIEW
 */
public record FactChange(Type type, Fact fact, String factKey, String reportId, String source) {
    public enum Type { FACT, RETRACT_FACT, REVIEW, RETRACT_REVIEW }

    public static FactChange fact(Fact f) {
        return new FactChange(Type.FACT, f, f.factKey(), f.reportId(), f.source());
    }

    public static FactChange retractFact(String factKey, String reportId) {
        return new FactChange(Type.RETRACT_FACT, null, factKey, reportId, null);
    }

    public static FactChange review(String reportId, String source) {
        return new FactChange(Type.REVIEW, null, null, reportId, source);
    }

    public static FactChange retractReview(String reportId) {
        return new FactChange(Type.RETRACT_REVIEW, null, null, reportId, null);
    }
}
