package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.indicatortracker.extract.PlanPeriod;
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
    void everyKeyOfARegionGoesToTheRegionsPartition() {
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
    void aKeyWithoutAYearIsRefused() {
        assertThatThrownBy(() -> RegionYearKey.parse("洛阳市")).hasMessageContaining("洛阳市");
    }
}
