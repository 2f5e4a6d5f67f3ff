package org.indicatortracker.app;

/** A request the API refuses with 400, and why. */
public final class BadQuery extends RuntimeException {
    public BadQuery(String message) {
        super(message);
    }
}
