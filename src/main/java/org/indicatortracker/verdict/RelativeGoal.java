package org.indicatortracker.verdict;

import org.indicatortracker.extract.Fact;

/**
 * A goal set against another region (地区生产总值增速高于全省0.5个百分点), with what its own region says
 * about it, waiting for the other region's figure. The goals step judges it on the {@link RegionActuals}
 * of {@code benchmarkRegion} and {@code target.year()}.
 *
 * @param ownActual       the region's own figure for the indicator, or null
 * @param statedGap       the gap its own review states (高于全省1.8个百分点), or null
 * @param reviewed        whether a report reviewing the year has arrived
 * @param benchmarkRegion the region the target is set against, as facts name it
 */
public record RelativeGoal(
        Fact target,
        Fact ownActual,
        Fact statedGap,
        boolean reviewed,
        String benchmarkRegion,
        String benchmarkRegionCode) {

    public String key() {
        return GoalKey.of(target).encode();
    }
}
