package org.indicatortracker.stream;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One block cache and one memtable budget for every RocksDB store of the process, instead of
 * RocksDB's defaults per store (50 MB of cache and up to 3 × 16 MB of memtables each, times three
 * stores, times six partitions). Keeps the app's memory off the heap bounded: 64 MB in all, of which
 * at most 32 MB memtables.
 * <p>
 * The memtables need room of their own. Each store instance holds at least one arena block, by
 * default an eighth of its write buffer. With 16 MB for all memtables and seven stores in six
 * partitions (three stores now), the idle memtables alone filled the budget, so every write forced a
 * flush: the stream threads waited in {@code RocksDB.put} (a third of their samples), and flushing
 * and compaction took 25–38% of the app's CPU. With small arena blocks and 32 MB within the same
 * 64 MB, those threads take 1%, and backfill throughput rose by half. README, "Performance".
 */
public final class BoundedRocksDb implements RocksDBConfigSetter {
    public static final long TOTAL_BYTES = 64L * 1024 * 1024;
    public static final long MEMTABLE_BYTES = 32L * 1024 * 1024;
    static final long ARENA_BLOCK_BYTES = 128L * 1024;
    private static final Cache CACHE;
    private static final WriteBufferManager MEMTABLES;

    static {
        // Streams may load this class before it opens a store, so before RocksDB's native code is loaded.
        RocksDB.loadLibrary();
        CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
        MEMTABLES = new WriteBufferManager(MEMTABLE_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfigWithAccessibleCache table =
                (BlockBasedTableConfigWithAccessibleCache) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(MEMTABLES);
        options.setMaxWriteBufferNumber(2);
        options.setArenaBlockSize(ARENA_BLOCK_BYTES);
        options.setWriteBufferSize(8L * 1024 * 1024);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the memtable budget are shared by every store: they live as long as the process.
    }
}
