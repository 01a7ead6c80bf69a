package vn.phananh.units;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.phananh.local.Distribution;
import vn.phananh.local.LocalKafka;
import vn.phananh.local.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live reading of {@code units.v1} against a real broker (a local process of this test class). */
class UnitRegistryTest {

    static LocalKafka kafka;
    final SecretRef.Secrets secrets = new SecretRef.Secrets(Map.of(), UnitFilesTest.DEV.resolve("secrets"));
    final UnitDefinition hungCuong = new UnitFiles(secrets).read(UnitFilesTest.DEV.resolve("xa-hung-cuong.json"));
    final UnitDefinition thachThang = new UnitFiles(secrets).read(UnitFilesTest.DEV.resolve("phuong-thach-thang.json"));

    @BeforeAll
    static void broker() {
        kafka = new LocalKafka(Distribution.fromBuild().verified(),
                java.nio.file.Path.of("target/units-kafka-" + ProcessHandle.current().pid()), Ports.free(), Ports.free())
                .start(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void everyReaderSeesEveryUnitAndEachChangeLive() {
        String topic = "units-" + System.nanoTime();
        try (UnitRegistry first = new UnitRegistry(kafka.bootstrapServers(), topic).start(Duration.ofSeconds(30));
                UnitPublisher publisher = new UnitPublisher(kafka.bootstrapServers(), topic, Clock.systemUTC())) {
            List<UnitDirectory> changes = new CopyOnWriteArrayList<>();
            first.onChange(changes::add);
            publisher.publish(hungCuong, first.current());
            assertThat(first.find("xa-hung-cuong", Duration.ofSeconds(10))).hasValueSatisfying(u ->
                    assertThat(u.revision()).isEqualTo(1));
            publisher.publish(thachThang, first.current());
            publisher.publish(hungCuong, first.find("phuong-thach-thang", Duration.ofSeconds(10)).map(x -> first.current())
                    .orElseThrow());
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    first.current().unit("xa-hung-cuong").map(UnitDefinition::revision).orElse(0L) == 2);
            assertThat(changes).isNotEmpty();

            // A service started later reads every unit before it answers anything.
            try (UnitRegistry later = new UnitRegistry(kafka.bootstrapServers(), topic).start(Duration.ofSeconds(30))) {
                assertThat(later.current().codes()).containsExactly("phuong-thach-thang", "xa-hung-cuong");
                assertThat(later.current().unit("xa-hung-cuong").orElseThrow().revision()).isEqualTo(2);
                assertThat(later.current().ofStaffGroup("/units/phuong-thach-thang")).map(UnitDefinition::code)
                        .hasValue("phuong-thach-thang");
            }
        }
    }

    @Test
    void aBrokenRecordLeavesThePreviousDescriptionInForceAndATombstoneRemovesTheUnit() {
        String topic = "units-" + System.nanoTime();
        try (UnitRegistry registry = new UnitRegistry(kafka.bootstrapServers(), topic).start(Duration.ofSeconds(30));
                UnitPublisher publisher = new UnitPublisher(kafka.bootstrapServers(), topic, Clock.systemUTC());
                KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                        new StringSerializer(), new ByteArraySerializer())) {
            publisher.publish(thachThang, registry.current());
            raw.send(new ProducerRecord<>(topic, "phuong-thach-thang", "{\"khong\":\"phai avro\"}".getBytes()));
            raw.send(new ProducerRecord<>(topic, "xa-khac", ((java.util.function.Supplier<byte[]>) () ->
                    vn.phananh.schema.Topics.UNITS.valueSerde().serializer().serialize(topic,
                            UnitCodec.toRecord(hungCuong.published(1, java.time.Instant.EPOCH)))).get()));
            raw.flush();
            assertThat(registry.find("xa-khac", Duration.ofSeconds(10))).as("a key that is not the unit's code").isEmpty();
            assertThat(registry.current().unit("phuong-thach-thang")).hasValueSatisfying(u ->
                    assertThat(u.gazetteer().places()).hasSize(18));

            raw.send(new ProducerRecord<>(topic, "phuong-thach-thang", null));
            raw.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> !registry.current().knows("phuong-thach-thang"));
        }
    }
}
