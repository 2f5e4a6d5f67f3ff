package org.indicatortracker.extract;

/**
 * A number with its unit as it stands in the text, [start, end) in normalised offsets, including any
 * qualifier that follows it (以上, 左右, 以内 …).
 */
public record Figure(
        int start, int end, double value, Double valueHigh, String unit, Comparator qualifier, boolean worded) {
    public Figure(int start, int end, double value, Double valueHigh, String unit, Comparator qualifier) {
        this(start, end, value, valueHigh, unit, qualifier, false);
    }

    /** A growth said in words, without a number: 正增长 (above zero), 持平 (zero). */
    static Figure wordedGrowth(int start, int end, Comparator qualifier) {
        return new Figure(start, end, 0, null, "%", qualifier, true);
    }

    Figure withQualifier(Comparator q) {
        return new Figure(start, end, value, valueHigh, unit, q, worded);
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    public boolean isPoints() {
        return unit.endsWith("百分点");
    }

    /** 正增长, 持平: a growth written without a number. */
    public boolean isGrowthInWords() {
        return worded;
    }

    public boolean isLevel() {
        return !isPercent() && !isPoints();
    }
}
