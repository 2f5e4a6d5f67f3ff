package org.indicatortracker.report;

/** What a text is, as far as the tracker is concerned. */
public enum DocumentKind {
    /** A government work report: its own targets and reviewed figures. */
    report,
    /** Another document that quotes a target list (a speech, a magazine): targets only, lower authority. */
    quote,
    /** Not a government work report: no facts are taken from it. */
    unrecognised
}
