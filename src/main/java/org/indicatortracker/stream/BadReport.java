package org.indicatortracker.stream;

/** A record that cannot be processed, with the reason in words and the stage that found it. */
public final class BadReport extends Exception {
    private final String stage;

    public BadReport(String stage, String reason) {
        super(reason);
        this.stage = stage;
    }

    public BadReport(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
