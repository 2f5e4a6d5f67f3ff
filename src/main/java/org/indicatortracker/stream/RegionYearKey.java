package org.indicatortracker.stream;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.PlanPeriod;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.verdict.RegionYearUpdate;

/**
 * The key of the region-years store and of the repartition topic: one region in one year, or in one
 * plan period. Its one encoding, {@code region|2024} or {@code region|2021-2025}, is written and read
 * here only; a region's keys share the prefix {@code region|}, so a store can scan them in one range.
 *
 * @param period a year (2024) or a plan period (2021-2025)
 */
public record RegionYearKey(String region, String period) {
    private static final char SEPARATOR = '|';
    /** Region → the name its partition is hashed by: looked up in the gazetteer once per region. */
    private static final Map<String, String> PROVINCES = new ConcurrentHashMap<>();

    /**
     * Every key of a province and of the regions in it goes to the same partition: a plan period's
     * goals read the region's five years, and a goal set against the province or the city above reads
     * that region's year, from the same local store.
     */
    public static <V> StreamPartitioner<String, V> byProvince() {
        // Goal keys (region|year|indicator…) start with the region too: a region's goals go with its region-years.
        return (topic, key, value, partitions) -> Optional.of(Set.of(partitionOf(key, partitions)));
    }

    /**
     * The updates of the region-years: by province, and a copy ({@link RegionYearUpdate#copy()}) to
     * every partition, for the goals set against its region there.
     */
    public static StreamPartitioner<String, RegionYearUpdate> updates() {
        return (topic, key, value, partitions) -> Optional.of(
                value != null && value.copy()
                        ? IntStream.range(0, partitions).boxed().collect(Collectors.toSet())
                        : Set.of(partitionOf(key, partitions)));
    }

    public static RegionYearKey of(String region, int year) {
        return new RegionYearKey(region, String.valueOf(year));
    }

    /** The key a fact's region-year (or region-period) has. */
    public static RegionYearKey of(Fact f) {
        return new RegionYearKey(f.region(), f.periodOrYear());
    }

    public static RegionYearKey of(String region, PlanPeriod period) {
        return new RegionYearKey(region, period.toString());
    }

    public boolean isPeriod() {
        return period.indexOf('-') > 0;
    }

    /** The year, or the plan period's last year. */
    public int year() {
        return Integer.parseInt(period.substring(period.indexOf('-') + 1));
    }

    public PlanPeriod planPeriod() {
        return PlanPeriod.parse(period);
    }

    public String encode() {
        return region + SEPARATOR + period;
    }

    public static RegionYearKey parse(String encoded) {
        int bar = encoded.lastIndexOf(SEPARATOR);
        if (bar <= 0) {
            throw new IllegalArgumentException("not a region-year key: " + encoded);
        }
        RegionYearKey key = new RegionYearKey(encoded.substring(0, bar), encoded.substring(bar + 1));
        key.year();
        return key;
    }

    /** The prefix that every key of {@code region} starts with. */
    public static String prefixOf(String region) {
        return region + SEPARATOR;
    }

    /**
     * The partition of an encoded key, region-year or goal key alike: its region's province's (the
     * region is what stands before the first bar; the nation, and a region the gazetteer does not
     * know, are their own), hashed as Kafka's default partitioner hashes.
     */
    public static int partitionOf(String encoded, int partitions) {
        String region = encoded.substring(0, Math.max(0, encoded.indexOf(SEPARATOR)));
        String province = PROVINCES.computeIfAbsent(region, RegionYearKey::provinceOf);
        return Utils.toPositive(Utils.murmur2(province.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String provinceOf(String region) {
        Gazetteer g = Gazetteer.standard();
        return g.byName(region).flatMap(g::province).map(g::displayName).orElse(region);
    }
}
