package org.indicatortracker.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One extracted fact: a target set for a year, or an actual reported for a year.
 *
 * @param reportId      the report it comes from
 * @param region        the region it is about, as the gazetteer names it
 * @param regionCode    the region's 6-digit administrative code (GB/T 2260)
 * @param role          target or actual
 * @param year          the year the fact is about
 * @param indicator     stable indicator id (gdp, cpi …)
 * @param indicatorName canonical Chinese name
 * @param kind          growth, level, rate, relative or qualitative
 * @param comparator    ge, gt, le, approx, eq, range or none
 * @param value         the figure (for a decrease, the size of the decrease); null if qualitative
 * @param valueHigh     the upper end of a range
 * @param unit          the unit as printed (%, 个百分点, 万人, 亿元 …)
 * @param direction     increase or decrease
 * @param estimate      true for figures marked 预计 / 初步测算
 * @param levelValue    a level reported beside a growth figure (全市生产总值完成1850.6亿元，同比增长2.8%)
 * @param levelUnit     its unit
 * @param relativeTo    for relative targets: the indicator id or benchmark (gdp, province-average)
 * @param source        report (a government work report) or quote (a document that quotes one)
 * @param text          the exact clause as published
 * @param start         offset of the clause in the report text as published
 * @param end           offset just past the clause
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Fact(
        String reportId,
        String region,
        String regionCode,
        Role role,
        int year,
        String indicator,
        String indicatorName,
        Kind kind,
        Comparator comparator,
        Double value,
        Double valueHigh,
        String unit,
        Direction direction,
        boolean estimate,
        Double levelValue,
        String levelUnit,
        String relativeTo,
        Source source,
        String text,
        int start,
        int end) {

    public enum Role { target, actual }

    public enum Kind { growth, level, rate, relative, qualitative }

    public enum Direction { increase, decrease }

    /** The same fact with its clause's offsets moved by {@code by} (a report inside a collection). */
    public Fact shiftedBy(int by) {
        return new Fact(reportId, region, regionCode, role, year, indicator, indicatorName, kind, comparator, value,
                valueHigh, unit, direction, estimate, levelValue, levelUnit, relativeTo, source, text, start + by, end + by);
    }

    /** The same fact about another region (a publisher's correction of the region, a test's second place). */
    public Fact withRegion(String otherRegion, String otherRegionCode) {
        return new Fact(reportId, otherRegion, otherRegionCode, role, year, indicator, indicatorName, kind, comparator, value,
                valueHigh, unit, direction, estimate, levelValue, levelUnit, relativeTo, source, text, start, end);
    }

    /** region|year|indicator: the goal this fact belongs to. */
    public String goalKey() {
        return region + "|" + year + "|" + indicator;
    }

    /** Identity of the fact within its report (one target and one actual per indicator and year). */
    public String factKey() {
        return reportId + "|" + role + "|" + year + "|" + indicator;
    }
}
