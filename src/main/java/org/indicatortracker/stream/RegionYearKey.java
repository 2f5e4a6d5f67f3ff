package org.indicatortracker.stream;

/**
 * The key of the region-years store and of the repartition topic: one region in one year. Its one
 * encoding, {@code region|year}, is written and read here only; a region's keys share the prefix
 * {@code region|}, so a store can scan them in one range.
 */
public record RegionYearKey(String region, int year) {
    private static final char SEPARATOR = '|';

    public String encode() {
        return region + SEPARATOR + year;
    }

    public static RegionYearKey parse(String encoded) {
        int bar = encoded.lastIndexOf(SEPARATOR);
        if (bar <= 0) {
            throw new IllegalArgumentException("not a region-year key: " + encoded);
        }
        return new RegionYearKey(encoded.substring(0, bar), Integer.parseInt(encoded.substring(bar + 1)));
    }

    /** The prefix that every key of {@code region} starts with. */
    public static String prefixOf(String region) {
        return region + SEPARATOR;
    }
}
