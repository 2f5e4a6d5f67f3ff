package org.indicatortracker.extract;

/**
 * One extracted fact: a target set for a year or a plan period, or an actual reported for one.
 *
 * @param reportId      the report it comes from
 * @param region        the region it is about, as the gazetteer names it
 * @param regionCode    the region's 6-digit administrative code (GB/T 2260)
 * @param role          target or actual
 * @param year          the year the fact is about; for a plan period, its last year
 * @param period        the plan period of a five-year goal or of its review ({@code 2021-2025}); null for a year's
 * @param indicator     stable indicator id (gdp, cpi …)
 * @param indicatorName canonical Chinese name
 * @param kind          growth, level, rate, relative, qualitative, or shortfall (an admission of a miss)
 * @param comparator    ge, gt, le, approx, eq, range or none
 * @param value         the figure (for a decrease, the size of the decrease); null if qualitative
 * @param valueHigh     the upper end of a range
 * @param unit          the unit as printed (%, 个百分点, 万人, 亿元 …)
 * @param direction     increase or decrease
 * @param estimate      true for figures marked 预计 / 初步测算
 * @param milestone     an actual stated as a mark passed (突破15000亿元, 跨上2万亿元台阶) beside an exact figure of the
 *                      same indicator in the same report: kept as a fact of its own, ranked after the exact one
 * @param levelValue    a level reported beside a growth figure (全市生产总值完成1850.6亿元，同比增长2.8%)
 * @param levelUnit     its unit
 * @param relativeTo    for relative facts: what the figure is set against, see {@link Benchmark}
 * @param source        report (a government work report) or quote (a document that quotes one)
 * @param text          the exact clause as published
 * @param start         offset of the clause in the report text as published
 * @param end           offset just past the clause
 */
public record Fact(
        String reportId,
        String region,
        String regionCode,
        Role role,
        int year,
        String period,
        String indicator,
        String indicatorName,
        Kind kind,
        Comparator comparator,
        Double value,
        Double valueHigh,
        String unit,
        Direction direction,
        boolean estimate,
        boolean milestone,
        Double levelValue,
        String levelUnit,
        String relativeTo,
        Source source,
        String text,
        int start,
        int end) {

    public enum Role {
        target,
        actual
    }

    /** {@code shortfall}: a review that admits, in words, that the year's target was not reached (没有完成预期目标). */
    public enum Kind {
        growth,
        level,
        rate,
        relative,
        qualitative,
        shortfall
    }

    public enum Direction {
        increase,
        decrease
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same fact with its clause's offsets moved by {@code by} (a report inside a collection). */
    public Fact shiftedBy(int by) {
        return toBuilder().span(start + by, end + by).build();
    }

    /** The same fact about another region (a publisher's correction of the region, a test's second place). */
    public Fact withRegion(String otherRegion, String otherRegionCode) {
        return toBuilder().region(otherRegion, otherRegionCode).build();
    }

    /** The other region this fact is set against (province, nation, parent), or null. */
    public Benchmark.Tier versus() {
        return Benchmark.tierOf(relativeTo);
    }

    /** The fact's year or plan period, as its goal key and its store key print it: 2024, 2021-2025. */
    public String periodOrYear() {
        return period != null ? period : String.valueOf(year);
    }

    /** Identity of the fact within its report: one target and one actual per indicator, year and benchmark region. */
    public String factKey() {
        Benchmark.Tier tier = versus();
        return reportId + "|" + role + "|" + periodOrYear() + "|" + indicator + (tier == null ? "" : "|" + tier.key())
                + (milestone ? "|milestone" : "");
    }

    /** Builds a fact field by field; unset numbers are null, flags false, offsets 0. */
    public static final class Builder {
        private String reportId;
        private String region;
        private String regionCode;
        private Role role;
        private int year;
        private String period;
        private String indicator;
        private String indicatorName;
        private Kind kind;
        private Comparator comparator = Comparator.eq;
        private Double value;
        private Double valueHigh;
        private String unit;
        private Direction direction = Direction.increase;
        private boolean estimate;
        private boolean milestone;
        private Double levelValue;
        private String levelUnit;
        private String relativeTo;
        private Source source = Source.report;
        private String text;
        private int start;
        private int end;

        private Builder() {}

        private Builder(Fact f) {
            reportId = f.reportId;
            region = f.region;
            regionCode = f.regionCode;
            role = f.role;
            year = f.year;
            period = f.period;
            indicator = f.indicator;
            indicatorName = f.indicatorName;
            kind = f.kind;
            comparator = f.comparator;
            value = f.value;
            valueHigh = f.valueHigh;
            unit = f.unit;
            direction = f.direction;
            estimate = f.estimate;
            milestone = f.milestone;
            levelValue = f.levelValue;
            levelUnit = f.levelUnit;
            relativeTo = f.relativeTo;
            source = f.source;
            text = f.text;
            start = f.start;
            end = f.end;
        }

        public Builder reportId(String v) {
            reportId = v;
            return this;
        }

        public Builder region(String name, String code) {
            region = name;
            regionCode = code;
            return this;
        }

        public Builder role(Role v) {
            role = v;
            return this;
        }

        public Builder year(int v) {
            year = v;
            return this;
        }

        /** A plan period: the fact's year becomes the period's last. */
        public Builder period(String v) {
            period = v;
            if (v != null) {
                year = Integer.parseInt(v.substring(v.indexOf('-') + 1));
            }
            return this;
        }

        public Builder indicator(String id, String name) {
            indicator = id;
            indicatorName = name;
            return this;
        }

        public Builder kind(Kind v) {
            kind = v;
            return this;
        }

        public Builder comparator(Comparator v) {
            comparator = v;
            return this;
        }

        public Builder value(Double v, String unitAsPrinted) {
            value = v;
            unit = unitAsPrinted;
            return this;
        }

        public Builder valueHigh(Double v) {
            valueHigh = v;
            return this;
        }

        public Builder direction(Direction v) {
            direction = v;
            return this;
        }

        public Builder estimate(boolean v) {
            estimate = v;
            return this;
        }

        public Builder milestone(boolean v) {
            milestone = v;
            return this;
        }

        public Builder level(Double v, String unitAsPrinted) {
            levelValue = v;
            levelUnit = unitAsPrinted;
            return this;
        }

        public Builder relativeTo(String v) {
            relativeTo = v;
            return this;
        }

        public Builder source(Source v) {
            source = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder span(int from, int to) {
            start = from;
            end = to;
            return this;
        }

        public Fact build() {
            return new Fact(
                    reportId,
                    region,
                    regionCode,
                    role,
                    year,
                    period,
                    indicator,
                    indicatorName,
                    kind,
                    comparator,
                    value,
                    valueHigh,
                    unit,
                    direction,
                    estimate,
                    milestone,
                    levelValue,
                    levelUnit,
                    relativeTo,
                    source,
                    text,
                    start,
                    end);
        }
    }
}
