package org.indicatortracker.stream;

import org.indicatortracker.extract.Fact;
import org.indicatortracker.verdict.RegionYearUpdate;

/**
 * What the extraction step sends on, to one of three places: a dead letter (the original bytes),
 * a fact or its tombstone for report-facts, or a change for the region-year it concerns.
 */
record Routed(Route route, byte[] deadLetter, Fact fact, RegionYearUpdate change) {
    enum Route {
        DEAD_LETTER,
        FACT,
        FACT_TOMBSTONE,
        CHANGE
    }

    static Routed deadLetter(byte[] original) {
        return new Routed(Route.DEAD_LETTER, original, null, null);
    }

    static Routed fact(Fact f) {
        return new Routed(Route.FACT, null, f, null);
    }

    static Routed tombstone() {
        return new Routed(Route.FACT_TOMBSTONE, null, null, null);
    }

    static Routed change(RegionYearUpdate c) {
        return new Routed(Route.CHANGE, null, null, c);
    }
}
