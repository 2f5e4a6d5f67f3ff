package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.indicatortracker.extract.PlanPeriod;
import org.indicatortracker.verdict.RegionYearUpdate;
import org.junit.jupiter.api.Test;

class RegionYearKeyTest {

    @Test
    void aKeyReadsBackAsWritten() {
        RegionYearKey key = RegionYearKey.of("泰州市高港区", 2024);
        assertThat(RegionYearKey.parse(key.encode())).isEqualTo(key);
        assertThat(key.encode()).startsWith(RegionYearKey.prefixOf("泰州市高港区"));
    }

    @Test
    void aPlanPeriodKeyReadsBackWithItsLastYear() {
        RegionYearKey key = RegionYearKey.of("江苏省", PlanPeriod.parse("2021-2025"));
        assertThat(key.encode()).isEqualTo("江苏省|2021-2025");
        assertThat(RegionYearKey.parse(key.encode())).isEqualTo(key);
        assertThat(key.isPeriod()).isTrue();
        assertThat(key.year()).isEqualTo(2025);
    }

    @Test
    void everyKeyOfARegionGoesToOnePartition() {
        int partition = RegionYearKey.partitionOf("泰州市|2021", 12);
        assertThat(RegionYearKey.partitionOf("泰州市|2024", 12)).isEqualTo(partition);
        assertThat(RegionYearKey.partitionOf("泰州市|2021-2025", 12)).isEqualTo(partition);
        assertThat(IntStream.range(0, 40)
                        .map(i -> RegionYearKey.partitionOf("region" + i + "|2024", 12))
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void aProvinceItsCitiesAndTheirCountiesShareAPartition() {
        int henan = RegionYearKey.partitionOf("河南省|2024", 6);
        assertThat(RegionYearKey.partitionOf("洛阳市|2024", 6)).isEqualTo(henan);
        assertThat(RegionYearKey.partitionOf("洛阳市|2023|gdp|vs-province", 6)).isEqualTo(henan);
        assertThat(RegionYearKey.partitionOf("郑州市|2021-2025", 6)).isEqualTo(henan);
        // Provinces spread over the partitions.
        assertThat(Stream.of("河南省", "江苏省", "四川省", "广东省", "甘肃省", "浙江省", "湖北省", "云南省")
                        .map(p -> RegionYearKey.partitionOf(p + "|2024", 6))
                        .distinct()
                        .count())
                .isGreaterThan(2);
    }

    @Test
    void aCopyOfAnUpdateGoesToEveryPartitionTheUpdateToOne() {
        RegionYearUpdate update =
                new RegionYearUpdate("全国-2024", List.of(), List.of(), RegionYearUpdate.Review.REVIEWS);
        StreamPartitioner<String, RegionYearUpdate> partitioner = RegionYearKey.updates();
        assertThat(partitioner.partitions("t", "全国|2023", update, 6))
                .contains(Set.of(RegionYearKey.partitionOf("全国|2023", 6)));
        assertThat(partitioner.partitions("t", "全国|2023", update.asCopy(), 6)).contains(Set.of(0, 1, 2, 3, 4, 5));
    }

    @Test
    void aKeyWithoutAYearIsRefused() {
        assertThatThrownBy(() -> RegionYearKey.parse("洛阳市")).hasMessageContaining("洛阳市");
    }
}
