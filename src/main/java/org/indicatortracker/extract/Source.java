package org.indicatortracker.extract;

import java.util.Optional;

/** Where a fact was read: a government work report itself, or a document that quotes one. */
public enum Source {
    /** A government work report: it beats a quote of the same goal. */
    report,
    /** A speech, a magazine or a bulletin that quotes a report's figures. */
    quote;

    /** The source a publisher names, if it is one. */
    public static Optional<Source> parse(String name) {
        for (Source s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
