package vn.phananh.processor.bench;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.function.Function;

import vn.phananh.processor.cluster.MinHash;
import vn.phananh.processor.cluster.Signature;

/**
 * What reading one near-duplicate signature costs: the clusterer reads up to 2,000 of them per new
 * feedback. Compares the store's serde with the {@code DataInputStream} reading it replaced (kept here
 * as the reference). CPU time of this thread, after a warm-up. Last line: {@code RESULT before_ns= after_ns=}.
 * Run: {@code ./pipeline bench processor signatures [reads]}.
 */
public final class SignatureReadBenchmark {

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        byte[] bytes = Signature.SERDE.serializer().serialize("t", new Signature("3f1c2b9e-0c0d-3a4b-9c8d-112233445566",
                "c-0b5e8a1d-1111-3a4b-9c8d-112233445566", "thon-4", "INFRASTRUCTURE", 1_764_633_600_000L,
                MinHash.of(Set.of("den duong", "duong thon", "thon 4", "khong sang", "da lau"))));
        Function<byte[], Signature> after = b -> Signature.SERDE.deserializer().deserialize("t", b);
        Function<byte[], Signature> before = SignatureReadBenchmark::dataInputStream;
        if (!before.apply(bytes).feedbackId().equals(after.apply(bytes).feedbackId())) {
            throw new IllegalStateException("the two readings differ");
        }
        double beforeNs = nanosPerRead(before, bytes, reads);
        double afterNs = nanosPerRead(after, bytes, reads);
        System.out.printf("signature of %d bytes: DataInputStream %.0f ns, ByteBuffer %.0f ns of CPU per read;"
                + " 2,000 candidates: %.2f ms against %.2f ms per feedback%n", bytes.length, beforeNs, afterNs,
                beforeNs * 2000 / 1e6, afterNs * 2000 / 1e6);
        System.out.printf("RESULT before_ns=%.0f after_ns=%.0f%n", beforeNs, afterNs);
    }

    private static double nanosPerRead(Function<byte[], Signature> read, byte[] bytes, int reads) {
        long sink = 0;
        for (int i = 0; i < reads / 4; i++) {
            sink += read.apply(bytes).minHash()[i & 127];
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
            sink += read.apply(bytes).minHash()[i & 127];
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (sink == 42) {
            System.out.println();
        }
        return (double) cpu / reads;
    }

    /** The reading the serde had before (2 December 2026). */
    private static Signature dataInputStream(byte[] data) {
        try (var in = new DataInputStream(new ByteArrayInputStream(data))) {
            String id = in.readUTF();
            String cluster = in.readBoolean() ? in.readUTF() : null;
            String place = in.readBoolean() ? in.readUTF() : null;
            String topic = in.readUTF();
            long opened = in.readLong();
            int[] hashes = new int[in.readShort()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = in.readInt();
            }
            return new Signature(id, cluster, place, topic, opened, hashes);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
