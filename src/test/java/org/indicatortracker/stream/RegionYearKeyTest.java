package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionYearKeyTest {

    @Test
    void aKeyReadsBackAsWritten() {
        RegionYearKey key = new RegionYearKey("泰州市高港区", 2024);
        assertThat(RegionYearKey.parse(key.encode())).isEqualTo(key);
        assertThat(key.encode()).startsWith(RegionYearKey.prefixOf("泰州市高港区"));
    }

    @Test
    void aKeyWithoutAYearIsRefused() {
        assertThatThrownBy(() -> RegionYearKey.parse("洛阳市")).hasMessageContaining("洛阳市");
    }
}
