package org.indicatortracker.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

class BoundedRocksDbTest {
    /** Three stores in six partitions, each with its two memtables. */
    private static final int MEMTABLES_OF_THE_APP = 3 * 6 * 2;

    @Test
    void idleMemtablesTakeAFractionOfTheMemtableBudget() {
        try (Options options = configured()) {
            // An arena block is the least a memtable holds: the idle ones must leave room for the busy ones.
            // Unset (0), RocksDB makes it an eighth of the write buffer.
            long arena = options.arenaBlockSize() == 0 ? options.writeBufferSize() / 8 : options.arenaBlockSize();
            assertThat(MEMTABLES_OF_THE_APP * arena).isLessThan(BoundedRocksDb.MEMTABLE_BYTES / 2);
        }
    }

    @Test
    void aWriteBufferFitsTheMemtableBudgetSeveralTimes() {
        try (Options options = configured()) {
            assertThat(options.writeBufferSize() * 3).isLessThanOrEqualTo(BoundedRocksDb.MEMTABLE_BYTES);
            assertThat(BoundedRocksDb.MEMTABLE_BYTES).isLessThan(BoundedRocksDb.TOTAL_BYTES);
        }
    }

    private static Options configured() {
        Options options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfigWithAccessibleCache());
        new BoundedRocksDb().setConfig("region-years", options, Map.of());
        return options;
    }
}
