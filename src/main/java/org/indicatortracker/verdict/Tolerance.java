package org.indicatortracker.verdict;

/**
 * How far an approximate target (左右) may be missed and still count as met.
 *
 * @param percentagePoints for % targets, in percentage points (default 0.5)
 * @param levelFraction    for level targets, as a fraction of the target (default 0.03)
 */
public record Tolerance(double percentagePoints, double levelFraction) {
    public static final Tolerance DEFAULT = new Tolerance(0.5, 0.03);
}
