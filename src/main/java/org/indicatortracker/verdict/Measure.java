package org.indicatortracker.verdict;

import org.indicatortracker.extract.Vocabulary;

/**
 * A figure brought to a comparable measure: percent, percentage points, or a level in a base unit
 * (万人 and 人 compare; 亿斤 and 万吨 compare through the 斤-to-吨 factor; 亿元 and 亿美元 do not).
 */
record Measure(String dimension, double value) {
    static Measure of(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return new Measure("", value);
        }
        // The lexicon's units say what each measures and by what factor (亿斤 and 万吨 compare as 吨).
        return Vocabulary.standard()
                .unit(unit)
                .map(u -> new Measure(u.base(), value * u.factor()))
                .orElseGet(() -> new Measure(unit, value));
    }

    boolean comparableWith(Measure other) {
        return dimension.equals(other.dimension) && !dimension.isEmpty();
    }

    boolean isPercent() {
        return dimension.equals("%");
    }
}
