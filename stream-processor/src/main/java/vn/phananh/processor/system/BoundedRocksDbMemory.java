package vn.phananh.processor.system;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of this process, as Kafka Streams' memory-management guide
 * describes: a single block cache shared by all stores, which also holds their index and filter blocks
 * and is charged for their memtables (a write buffer manager), so the total stays near
 * {@value #TOTAL_BYTES_CONFIG} whatever the number of tasks and stores.
 * <p>
 * Without it each store instance (3 partitions × 4 stores, the clusterer's and the trend windows'
 * segments: 18 here) had its own 50 MiB cache and up to three 16 MiB memtables; the processor's
 * resident memory grew to 625 MiB during {@code ./pipeline bench e2e} (BENCHMARKS.md, issue 15). The
 * stores hold a few weeks of one province's feedback: a 64 MiB budget keeps their working set.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Streams configuration key: bytes of off-heap memory all stores share (cache and memtables). */
    public static final String TOTAL_BYTES_CONFIG = "phananh.rocksdb.total.bytes";
    static final long DEFAULT_TOTAL_BYTES = 64L << 20;
    /** Of the total, what memtables may hold before the fullest is flushed. */
    private static final double MEMTABLE_SHARE = 0.25;
    /** Of the cache, what is kept for index and filter blocks before data blocks are evicted. */
    private static final double INDEX_FILTER_SHARE = 0.1;
    private static final long MEMTABLE_BYTES = 4L << 20;

    private static Cache cache;
    private static WriteBufferManager writeBuffers;
    private static long capacity;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(configs));
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(writeBuffers);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(2);
    }

    private static synchronized Cache sharedCache(Map<String, Object> configs) {
        if (cache == null) {
            long total = totalBytes(configs);
            capacity = total;
            cache = new LRUCache(total, -1, false, INDEX_FILTER_SHARE);
            writeBuffers = new WriteBufferManager((long) (total * MEMTABLE_SHARE), cache);
        }
        return cache;
    }

    /** What the shared cache holds now and the budget it was made with, in bytes: {@code [usage, capacity]}. */
    static synchronized long[] usage() {
        return cache == null ? new long[] { 0, 0 } : new long[] { cache.getUsage(), capacity };
    }

    static long totalBytes(Map<String, Object> configs) {
        Object value = configs.get(TOTAL_BYTES_CONFIG);
        if (value == null) {
            return DEFAULT_TOTAL_BYTES;
        }
        long bytes = Long.parseLong(value.toString().trim());
        if (bytes < (8L << 20)) {
            throw new IllegalArgumentException(TOTAL_BYTES_CONFIG + " must be at least 8 MiB, not " + bytes);
        }
        return bytes;
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store of the process: not closed here.
    }
}
