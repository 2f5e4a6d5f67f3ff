package org.indicatortracker.stream;

import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.RegionActuals;
import org.indicatortracker.verdict.RelativeGoal;

/**
 * What the goals step sends on, to one of three places: a status for goal-status, a goal set against
 * another region for the join, or a region's actuals for the other side of that join. A null value
 * of its kind is a tombstone.
 */
record GoalOutput(Kind kind, GoalStatus status, RelativeGoal relative, RegionActuals actuals) {
    enum Kind {
        STATUS,
        RELATIVE,
        ACTUALS
    }

    static GoalOutput status(GoalStatus s) {
        return new GoalOutput(Kind.STATUS, s, null, null);
    }

    static GoalOutput relative(RelativeGoal g) {
        return new GoalOutput(Kind.RELATIVE, null, g, null);
    }

    static GoalOutput actuals(RegionActuals a) {
        return new GoalOutput(Kind.ACTUALS, null, null, a);
    }
}
