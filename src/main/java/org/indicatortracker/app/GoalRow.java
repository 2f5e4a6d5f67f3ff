package org.indicatortracker.app;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.report.Region;
import org.indicatortracker.verdict.GoalStatus;

/**
 * One goal as a flat row, for a spreadsheet, pandas or R: the region with its code, level and parent,
 * the goal, the target and the actual with their clauses, and the verdict.
 */
@JsonPropertyOrder({
    "regionCode",
    "region",
    "level",
    "parent",
    "year",
    "indicator",
    "indicatorName",
    "targetComparator",
    "targetValue",
    "targetValueHigh",
    "targetUnit",
    "targetClause",
    "actualValue",
    "actualUnit",
    "actualClause",
    "actualEstimate",
    "status",
    "margin",
    "rule",
    "reportIds"
})
public record GoalRow(
        String regionCode,
        String region,
        String level,
        String parent,
        int year,
        String indicator,
        String indicatorName,
        String targetComparator,
        Double targetValue,
        Double targetValueHigh,
        String targetUnit,
        String targetClause,
        Double actualValue,
        String actualUnit,
        String actualClause,
        Boolean actualEstimate,
        String status,
        Double margin,
        String rule,
        String reportIds) {

    /** The row of a status; level and parent come from the gazetteer by the region's code. */
    public static GoalRow of(GoalStatus s, Gazetteer gazetteer) {
        Region region = gazetteer.byCode(s.regionCode()).orElse(null);
        String parent = region == null
                ? null
                : gazetteer.parent(region).map(gazetteer::displayName).orElse(null);
        Fact t = s.target();
        Fact a = s.actual();
        return new GoalRow(
                s.regionCode(),
                s.region(),
                region == null ? null : region.level().name(),
                parent,
                s.year(),
                s.indicator(),
                s.indicatorName(),
                t == null ? null : t.comparator().name(),
                t == null ? null : signed(t),
                t == null ? null : t.valueHigh(),
                t == null ? null : t.unit(),
                t == null ? null : t.text(),
                a == null ? null : signed(a),
                a == null ? null : a.unit(),
                a == null ? null : a.text(),
                a == null ? null : a.estimate(),
                s.status().name(),
                s.margin(),
                s.rule(),
                String.join(" ", s.reportIds()));
    }

    /** A decrease as a negative number, as a table reader expects (下降3% → −3). */
    private static Double signed(Fact f) {
        return f.value() == null || f.direction() != Fact.Direction.decrease ? f.value() : Double.valueOf(-f.value());
    }
}
