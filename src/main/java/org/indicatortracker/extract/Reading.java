package org.indicatortracker.extract;

/**
 * One indicator read from a clause, before it is placed in a report: what was said and where
 * (normalised offsets). A fact is a reading plus its report, region, role and year.
 */
record Reading(
        Indicator indicator,
        Fact.Kind kind,
        Comparator comparator,
        Double value,
        Double valueHigh,
        String unit,
        Fact.Direction direction,
        Double levelValue,
        String levelUnit,
        String relativeTo,
        int start,
        int end) {
}
