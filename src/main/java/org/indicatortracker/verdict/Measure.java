package org.indicatortracker.verdict;

import java.util.Map;

/**
 * A figure brought to a comparable measure: percent, percentage points, or a level in a base unit
 * (万人 and 人 compare; 亿斤 and 万吨 compare through the 斤-to-吨 factor; 亿元 and 亿美元 do not).
 */
record Measure(String dimension, double value) {
    private static final Map<String, Double> MULTIPLIERS = Map.of("万亿", 1e12, "亿", 1e8, "万", 1e4, "千", 1e3, "百", 1e2);
    private static final Map<String, Double> BASE_FACTORS = Map.of("斤", 0.0005, "公斤", 0.001, "吨", 1.0);

    static Measure of(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return new Measure("", value);
        }
        if (unit.equals("%")) {
            return new Measure("%", value);
        }
        if (unit.endsWith("百分点")) {
            return new Measure("pp", value);
        }
        double factor = 1;
        String base = unit;
        for (String prefix : new String[] {"万亿", "亿", "万", "千", "百"}) {
            if (unit.startsWith(prefix) && unit.length() > prefix.length()) {
                factor = MULTIPLIERS.get(prefix);
                base = unit.substring(prefix.length());
                break;
            }
        }
        if (BASE_FACTORS.containsKey(base)) {
            factor *= BASE_FACTORS.get(base);
            base = "吨";
        }
        return new Measure(base, value * factor);
    }

    boolean comparableWith(Measure other) {
        return dimension.equals(other.dimension) && !dimension.isEmpty();
    }

    boolean isPercent() {
        return dimension.equals("%");
    }
}
