package org.indicatortracker.extract;

/**
 * One indicator read from a clause, before it is placed in a report: what was said and where
 * (normalised offsets). A fact is a reading plus its report, region, role and year.
 *
 * @param period the plan period the reading is about (2021-2025), or null for the report's year
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
        int end,
        String period) {

    Reading(
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
        this(
                indicator,
                kind,
                comparator,
                value,
                valueHigh,
                unit,
                direction,
                levelValue,
                levelUnit,
                relativeTo,
                start,
                end,
                null);
    }

    Reading inPeriod(String p) {
        return new Reading(
                indicator,
                kind,
                comparator,
                value,
                valueHigh,
                unit,
                direction,
                levelValue,
                levelUnit,
                relativeTo,
                start,
                end,
                p);
    }
}
