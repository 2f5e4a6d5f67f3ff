package org.indicatortracker.verdict;

import java.util.Arrays;
import org.indicatortracker.extract.Benchmark;
import org.indicatortracker.extract.Fact;

/**
 * The identity of a goal, and its key on goal-status: {@code region|2024|gdp} for a year's goal,
 * {@code region|2021-2025|gdp} for a plan period's, and {@code region|2024|gdp|vs-province} for a
 * goal set against another region. Written and read here only.
 *
 * @param period a year (2024) or a plan period (2021-2025)
 * @param versus the other region's tier, or null
 */
public record GoalKey(String region, String period, String indicator, Benchmark.Tier versus) {
    private static final String SEPARATOR = "|";

    public static GoalKey of(Fact target) {
        return new GoalKey(target.region(), target.periodOrYear(), target.indicator(), target.versus());
    }

    public String encode() {
        return region + SEPARATOR + period + SEPARATOR + indicator + (versus == null ? "" : SEPARATOR + versus.key());
    }

    public static GoalKey parse(String encoded) {
        String[] parts = encoded.split("\\|", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isEmpty() || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a goal key: " + encoded);
        }
        Benchmark.Tier versus = null;
        if (parts.length == 4) {
            versus = Arrays.stream(Benchmark.Tier.values())
                    .filter(t -> t.key().equals(parts[3]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not a goal key: " + encoded));
        }
        return new GoalKey(parts[0], parts[1], parts[2], versus);
    }

    /** annual, five_year (a plan period's) or relative (set against another region): how metrics and scorecards tell goals apart. */
    public String kind() {
        return fiveYear() ? "five_year" : versus != null ? "relative" : "annual";
    }

    /** True for a plan period's goal. */
    public boolean fiveYear() {
        return period.indexOf('-') > 0;
    }
}
