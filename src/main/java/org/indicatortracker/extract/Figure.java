package org.indicatortracker.extract;

/**
 * A number with its unit as it stands in the text, [start, end) in normalised offsets, including any
 * qualifier that follows it (以上, 左右, 以内 …).
 */
public record Figure(int start, int end, double value, Double valueHigh, String unit, Comparator qualifier) {
    public boolean isPercent() {
        return "%".equals(unit);
    }

    public boolean isPoints() {
        return unit.endsWith("百分点");
    }

    /** 正增长: growth above zero, written without a number. */
    public boolean isPositiveGrowth() {
        return isPercent() && value == 0 && qualifier == Comparator.gt;
    }

    public boolean isLevel() {
        return !isPercent() && !isPoints();
    }
}
