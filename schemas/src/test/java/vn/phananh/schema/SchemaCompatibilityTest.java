package vn.phananh.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phananh.avro.Alert;
import vn.phananh.avro.ChannelEvent;
import vn.phananh.avro.ClassifierModel;
import vn.phananh.avro.ClusterAssignment;
import vn.phananh.avro.LabelCorrection;
import vn.phananh.avro.OutboundMessage;
import vn.phananh.avro.OutboxDelivery;
import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.avro.Rating;
import vn.phananh.avro.RawFeedback;
import vn.phananh.avro.StatusChange;
import vn.phananh.avro.TrendPoint;
import vn.phananh.avro.UnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a topic schema is no longer backward compatible with its last released
 * copy: a reader with the current schema must read everything written with released ones.
 */
class SchemaCompatibilityTest {

    static Stream<Schema> currentSchemas() {
        return Stream.of(RawFeedback.getClassSchema(), EnrichedFeedback.getClassSchema(), StatusChange.getClassSchema(),
                TrendPoint.getClassSchema(), Alert.getClassSchema(), ChannelEvent.getClassSchema(),
                LabelCorrection.getClassSchema(), ClassifierModel.getClassSchema(),
                UnitConfig.getClassSchema(), OutboundMessage.getClassSchema(), OutboxDelivery.getClassSchema(),
                Rating.getClassSchema(), ClusterAssignment.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void currentSchemaReadsEveryReleasedVersion(Schema current) {
        List<Schema> released = ReleasedSchemas.of(current.getName());
        assertThat(released).as("released copies of %s", current.getName()).isNotEmpty();
        for (Schema writer : released) {
            assertThat(backwardCompatible(current, writer))
                    .as("%s must read records written with a released version", current.getName()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void everyFieldAndTypeHasADoc(Schema current) {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented(current, undocumented, new java.util.HashSet<>());
        assertThat(undocumented).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("currentSchemas")
    void everyEnumHasASafeDefault(Schema current) {
        enums(current, new java.util.HashSet<>()).forEach(e ->
                assertThat(e.getEnumDefault()).as("default of %s", e.getFullName()).isNotNull());
    }

    @Test
    void detectsADeliberatelyIncompatibleChange() {
        Schema released = ReleasedSchemas.of("RawFeedback").getLast();
        String withRequiredField = RawFeedback.getClassSchema().toString()
                .replaceFirst("\"fields\":\\[", "\"fields\":[{\"name\":\"mandatoryNew\",\"type\":\"string\",\"doc\":\"x\"},");
        Schema changed = new Schema.Parser().parse(withRequiredField);

        assertThat(backwardCompatible(changed, released)).isFalse();
    }

    @Test
    void detectsARemovedEnumSymbolWithoutDefaultAsIncompatible() {
        Schema writer = new Schema.Parser().parse("""
                {"type":"enum","name":"E","symbols":["A","B"]}""");
        Schema reader = new Schema.Parser().parse("""
                {"type":"enum","name":"E","symbols":["A"]}""");
        assertThat(backwardCompatible(reader, writer)).isFalse();
    }

    @Test
    void everyReleasedRecordIsATopicSchema() {
        Set<String> names = Set.copyOf(currentSchemas().map(Schema::getName).toList());
        assertThat(ReleasedSchemas.recordNames()).containsExactlyInAnyOrderElementsOf(names);
    }

    private static boolean backwardCompatible(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }

    private static void collectUndocumented(Schema schema, List<String> missing, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                if (schema.getDoc() == null || schema.getDoc().isBlank()) {
                    missing.add(schema.getFullName());
                }
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        missing.add(schema.getName() + "." + field.name());
                    }
                    collectUndocumented(field.schema(), missing, seen);
                }
            }
            case ENUM -> {
                if (seen.add(schema.getFullName()) && (schema.getDoc() == null || schema.getDoc().isBlank())) {
                    missing.add(schema.getFullName());
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collectUndocumented(t, missing, seen));
            case ARRAY -> collectUndocumented(schema.getElementType(), missing, seen);
            case MAP -> collectUndocumented(schema.getValueType(), missing, seen);
            default -> {
            }
        }
    }

    private static List<Schema> enums(Schema schema, Set<String> seen) {
        List<Schema> found = new ArrayList<>();
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.add(schema.getFullName())) {
                    schema.getFields().forEach(f -> found.addAll(enums(f.schema(), seen)));
                }
            }
            case ENUM -> found.add(schema);
            case UNION -> schema.getTypes().forEach(t -> found.addAll(enums(t, seen)));
            case ARRAY -> found.addAll(enums(schema.getElementType(), seen));
            case MAP -> found.addAll(enums(schema.getValueType(), seen));
            default -> {
            }
        }
        return found;
    }
}
