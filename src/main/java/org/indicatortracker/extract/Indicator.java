package org.indicatortracker.extract;

/** One canonical indicator of the lexicon. */
public record Indicator(String id, String name, Polarity polarity, String unit, boolean headline) {
    public enum Polarity {
        /** A floor: more is better (growth, income, employment). */
        HIGHER,
        /** A ceiling: less is better (prices, unemployment, deficit, energy intensity). */
        LOWER
    }
}
