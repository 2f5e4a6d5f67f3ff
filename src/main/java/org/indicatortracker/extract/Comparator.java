package org.indicatortracker.extract;

/** How a target bounds its indicator, or how a reported figure qualifies itself. */
public enum Comparator {
    ge,
    gt,
    le,
    approx,
    eq,
    range,
    none
}
