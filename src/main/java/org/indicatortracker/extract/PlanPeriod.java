package org.indicatortracker.extract;

import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A five-year plan period (十四五: 2021-2025). Plans run from a year ending in 1 or 6 to the one ending
 * in 5 or 0; the report of a period's first year sets its goals, the report of the year after reviews it.
 */
public record PlanPeriod(int first, int last) {
    public PlanPeriod {
        if (last - first != 4 || Math.floorMod(first, 5) != 1) {
            throw new IllegalArgumentException("not a five-year plan period: " + first + "-" + last);
        }
    }

    /** The period a year's report opens: 2021 → 2021-2025; none for a year inside a period. */
    public static Optional<PlanPeriod> starting(int reportYear) {
        return Math.floorMod(reportYear, 5) == 1
                ? Optional.of(new PlanPeriod(reportYear, reportYear + 4))
                : Optional.empty();
    }

    /** The period a reviewed year closes: 2020 → 2016-2020; none for a year inside a period. */
    public static Optional<PlanPeriod> ending(int reviewYear) {
        return Math.floorMod(reviewYear, 5) == 0
                ? Optional.of(new PlanPeriod(reviewYear - 4, reviewYear))
                : Optional.empty();
    }

    /** The period a year lies in: 2023 → 2021-2025. */
    public static PlanPeriod containing(int year) {
        int first = year - Math.floorMod(year - 1, 5);
        return new PlanPeriod(first, first + 4);
    }

    /** 2021-2025, as keys and facts print it. */
    public static PlanPeriod parse(String text) {
        int dash = text.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("not a plan period: " + text);
        }
        return new PlanPeriod(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    }

    public IntStream years() {
        return IntStream.rangeClosed(first, last);
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
