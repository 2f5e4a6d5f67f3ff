package org.indicatortracker.config;

/**
 * The physical names of the tracker's topics: the catalog's names, with an optional prefix so that
 * several trackers (or several tests) can share one cluster.
 */
public record TopicNames(String reports, String facts, String goalStatus, String deadLetters) {
    public static TopicNames withPrefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        return new TopicNames(p + "reports", p + "report-facts", p + "goal-status", p + "reports-dlq");
    }

    /** The physical name of a catalog topic. */
    public String physical(String logical) {
        return switch (logical) {
            case "reports" -> reports;
            case "report-facts" -> facts;
            case "goal-status" -> goalStatus;
            case "reports-dlq" -> deadLetters;
            default -> throw new IllegalArgumentException("unknown topic " + logical);
        };
    }
}
