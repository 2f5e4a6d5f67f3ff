package org.indicatortracker.verdict;

import java.util.List;
import org.indicatortracker.extract.Fact;

/**
 * The verdict on one goal: region, year and indicator, the target and the actual it was judged on,
 * the margin, and the rule that decided, in words.
 *
 * @param regionCode the region's 6-digit administrative code
 * @param margin    actual minus target, in the target's unit (percentage points for % targets),
 *                  signed so that a decrease counts as negative; null when nothing was compared
 * @param rule      the rule that decided, in words, with both figures
 * @param reportIds the reports behind the target and the actual
 * @param conflicts other sources that state the goal differently
 */
public record GoalStatus(
        String region,
        String regionCode,
        int year,
        String indicator,
        String indicatorName,
        Status status,
        Fact target,
        Fact actual,
        Double margin,
        String rule,
        List<String> reportIds,
        List<String> conflicts) {

    /** The same verdict with other sources' statements recorded, and the rule saying which one was used. */
    public GoalStatus withConflicts(List<String> others, String ruleNote) {
        return new GoalStatus(region, regionCode, year, indicator, indicatorName, status, target, actual, margin,
                rule + ruleNote, reportIds, List.copyOf(others));
    }

    public String key() {
        return region + "|" + year + "|" + indicator;
    }
}
