package vn.phananh.processor.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import vn.phananh.avro.EnrichedFeedback;
import vn.phananh.schema.FeedbackClock;

/**
 * What the clusterer keeps of one recent feedback: its id, its cluster (null until it has a
 * near-duplicate), its place and topic, when it was sent, and the MinHash of its shingles. Never
 * the text. Stored in the near-duplicates store with a small binary serde of its own.
 */
public record Signature(String feedbackId, String clusterId, String placeId, String topic, long openedAt,
        int[] minHash) {

    public static Signature of(EnrichedFeedback f) {
        String placeName = f.getPlace() == null ? null : f.getPlace().getName();
        String placeId = f.getPlace() == null ? null : f.getPlace().getId();
        return new Signature(f.getFeedbackId(), f.getClusterId(), placeId, f.getTopic().getTopic().name(),
                FeedbackClock.openedAt(f.getOccurredAt(), f.getReceivedAt()).toEpochMilli(),
                MinHash.of(Shingles.of(f.getNormalizedText(), placeName)));
    }

    public Signature inCluster(String cluster) {
        return new Signature(feedbackId, cluster, placeId, topic, openedAt, minHash);
    }

    public static final Serde<Signature> SERDE = Serdes.serdeFrom(serializer(), deserializer());

    private static Serializer<Signature> serializer() {
        return (topic, s) -> {
            if (s == null) {
                return null;
            }
            try (var bytes = new ByteArrayOutputStream(); var out = new DataOutputStream(bytes)) {
                out.writeUTF(s.feedbackId());
                writeNullable(out, s.clusterId());
                writeNullable(out, s.placeId());
                out.writeUTF(s.topic());
                out.writeLong(s.openedAt());
                out.writeShort(s.minHash().length);
                for (int h : s.minHash()) {
                    out.writeInt(h);
                }
                out.flush();
                return bytes.toByteArray();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        };
    }

    private static Deserializer<Signature> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (var in = new DataInputStream(new ByteArrayInputStream(data))) {
                String id = in.readUTF();
                String cluster = readNullable(in);
                String place = readNullable(in);
                String topicCode = in.readUTF();
                long opened = in.readLong();
                int[] hashes = new int[in.readShort()];
                for (int i = 0; i < hashes.length; i++) {
                    hashes[i] = in.readInt();
                }
                return new Signature(id, cluster, place, topicCode, opened, hashes);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        };
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
