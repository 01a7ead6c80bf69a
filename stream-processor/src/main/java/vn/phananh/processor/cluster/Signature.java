package vn.phananh.processor.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    /**
     * Reads what {@link #serializer()} wrote from a {@link ByteBuffer}. The clusterer reads up to its
     * candidate limit of these per feedback, so this is the processor's hottest loop: a
     * {@code DataInputStream} over a {@code ByteArrayInputStream} (a synchronized call per byte) took
     * 45 % of the processor's CPU in a profile of {@code bench e2e}.
     */
    private static Deserializer<Signature> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            ByteBuffer in = ByteBuffer.wrap(data);
            String id = readUtf(in);
            String cluster = in.get() != 0 ? readUtf(in) : null;
            String place = in.get() != 0 ? readUtf(in) : null;
            String topicCode = readUtf(in);
            long opened = in.getLong();
            int[] hashes = new int[in.getShort()];
            in.asIntBuffer().get(hashes);
            return new Signature(id, cluster, place, topicCode, opened, hashes);
        };
    }

    /** A string as {@code DataOutputStream.writeUTF} wrote it: ASCII directly, anything else as Java decodes it. */
    private static String readUtf(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        int start = in.position();
        in.position(start + length);
        byte[] bytes = in.array();
        int offset = in.arrayOffset() + start;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return modifiedUtf8(bytes, offset - 2, length + 2);
            }
        }
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static String modifiedUtf8(byte[] bytes, int offset, int length) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            return in.readUTF();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }
}
