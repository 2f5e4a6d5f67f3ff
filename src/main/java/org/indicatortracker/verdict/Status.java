package org.indicatortracker.verdict;

/** Where a goal stands. */
public enum Status {
    /** The target is known; no report reviewing its year has arrived yet. */
    PENDING,
    MET,
    MISSED,
    /** A report reviewing the year has arrived and says nothing about the indicator. */
    UNREPORTED,
    /** No figure can settle it: a qualitative target, or no comparable measure (the rule says which). */
    NOT_EVALUABLE
}
