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
        return copy(levelValue, levelUnit, p);
    }

    /** The same reading with a level beside its figure (…增长6.8% … 由2万亿元增加到3万亿元). */
    Reading withLevel(Double level, String unitOfLevel) {
        return copy(level, unitOfLevel, period);
    }

    private Reading copy(Double level, String unitOfLevel, String p) {
        return new Reading(
                indicator,
                kind,
                comparator,
                value,
                valueHigh,
                unit,
                direction,
                level,
                unitOfLevel,
                relativeTo,
                start,
                end,
                p);
    }

    /** A reading without a figure: a qualitative item, an admission of a miss, a goal relative to another indicator. */
    static Reading withoutFigure(
            Indicator indicator, Fact.Kind kind, Comparator comparator, String relativeTo, int start, int end) {
        return new Reading(
                indicator,
                kind,
                comparator,
                null,
                null,
                null,
                Fact.Direction.increase,
                null,
                null,
                relativeTo,
                start,
                end);
    }
}
