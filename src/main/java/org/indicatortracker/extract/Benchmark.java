package org.indicatortracker.extract;

/**
 * What a relative fact is set against ({@link Fact#relativeTo()}): the region's own growth of the
 * lexicon's benchmark indicator (居民收入与经济增长同步 → {@code gdp}), or the same indicator of
 * another region, named by its tier (高于全省 → {@code province}).
 */
public final class Benchmark {
    private Benchmark() {}

    /** Another region, as a report names it relative to itself. */
    public enum Tier {
        /** 全国 */
        nation,
        /** 全省, or 全区 of an autonomous region */
        province,
        /** 全市 or 全州 in the report of a county or district */
        parent;

        /** How goal and fact keys print it. */
        public String key() {
            return "vs-" + name();
        }
    }

    /** The tier a {@code relativeTo} value names, or null when it names none (gdp, or no benchmark at all). */
    public static Tier tierOf(String relativeTo) {
        if (relativeTo == null) {
            return null;
        }
        for (Tier t : Tier.values()) {
            if (t.name().equals(relativeTo)) {
                return t;
            }
        }
        return null;
    }
}
