package vn.phananh.processor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real RocksDB stores (through Kafka Streams' test driver) opened with the shared budget. */
class BoundedRocksDbMemoryTest {

    private static final int VALUES = 1_200;
    private static final int VALUE_CHARS = 16_000;

    @TempDir
    Path stateDir;

    @Test
    void storesShareOneBoundedCacheAndKeepEveryValue() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        for (String name : new String[] { "a", "b", "c" }) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name + "-store"),
                    Serdes.String(), Serdes.String()).withCachingDisabled());
            builder.stream(name, Consumed.with(Serdes.String(), Serdes.String()))
                    .process(() -> new Put(name + "-store"), name + "-store");
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "bounded-rocksdb-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        config.put(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG, Long.toString(16L << 20));

        Random random = new Random(7);
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            var inputs = new String[] { "a", "b", "c" };
            var topics = new java.util.ArrayList<org.apache.kafka.streams.TestInputTopic<String, String>>();
            for (String input : inputs) {
                topics.add(driver.createInputTopic(input, new StringSerializer(), new StringSerializer()));
            }
            for (int i = 0; i < VALUES; i++) {
                topics.get(i % 3).pipeInput("k" + i, value(i, random));
            }
            // About 19 MB written over three stores: far beyond the budget, which holds.
            long[] usage = BoundedRocksDbMemory.usage();
            assertThat(usage[1]).isPositive();
            assertThat(usage[0]).isPositive().isLessThanOrEqualTo(usage[1]);

            Random again = new Random(7);
            for (int i = 0; i < VALUES; i++) {
                KeyValueStore<String, String> store = driver.getKeyValueStore(inputs[i % 3] + "-store");
                assertThat(store.get("k" + i)).isEqualTo(value(i, again));
            }
            // Each store was opened with the setter's memtables: 4 MiB each, two at most.
            try (var files = Files.walk(stateDir)) {
                Path options = files.filter(p -> p.getFileName().toString().startsWith("OPTIONS-")).findFirst()
                        .orElseThrow();
                assertThat(Files.readString(options)).contains("write_buffer_size=4194304")
                        .contains("max_write_buffer_number=2").contains("cache_index_and_filter_blocks=true");
            }
        }
    }

    @Test
    void refusesABudgetTooSmallToWork() {
        assertThat(BoundedRocksDbMemory.totalBytes(Map.of())).isEqualTo(BoundedRocksDbMemory.DEFAULT_TOTAL_BYTES);
        assertThat(BoundedRocksDbMemory.totalBytes(Map.of(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG, "33554432")))
                .isEqualTo(32L << 20);
        assertThatThrownBy(() -> BoundedRocksDbMemory.totalBytes(Map.of(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG, "1000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8 MiB");
    }

    private static String value(int i, Random random) {
        StringBuilder text = new StringBuilder(VALUE_CHARS);
        text.append(i).append(':');
        while (text.length() < VALUE_CHARS) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static final class Put implements Processor<String, String, Void, Void> {
        private final String storeName;
        private KeyValueStore<String, String> store;

        Put(String storeName) {
            this.storeName = storeName;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, String> record) {
            store.put(record.key(), record.value());
        }
    }
}
