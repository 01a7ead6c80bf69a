package vn.phananh.processor.cluster;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The near-duplicate store's serde: what is written is read back, ASCII or not, with or without cluster and place. */
class SignatureTest {

    private static Signature roundTrip(Signature s) {
        return Signature.SERDE.deserializer().deserialize("t", Signature.SERDE.serializer().serialize("t", s));
    }

    @Test
    void aSignatureReadsBackAsWritten() {
        int[] hashes = MinHash.of(Set.of("den duong", "duong thon", "thon 4"));
        Signature s = new Signature("3f1c2b9e-0c0d-3a4b-9c8d-112233445566", "c-0b5e", "thon-4", "INFRASTRUCTURE",
                1_764_633_600_000L, hashes);

        Signature back = roundTrip(s);

        assertThat(back.feedbackId()).isEqualTo(s.feedbackId());
        assertThat(back.clusterId()).isEqualTo("c-0b5e");
        assertThat(back.placeId()).isEqualTo("thon-4");
        assertThat(back.topic()).isEqualTo("INFRASTRUCTURE");
        assertThat(back.openedAt()).isEqualTo(1_764_633_600_000L);
        assertThat(back.minHash()).hasSize(MinHash.SIZE).containsExactly(hashes);
    }

    @Test
    void absentClusterAndPlaceAndTextBeyondAsciiSurvive() {
        Signature s = new Signature("id-ư\u0000-😀", null, null, "OTHER", 0, new int[] {Integer.MIN_VALUE, -1, 0, 7});

        Signature back = roundTrip(s);

        assertThat(back.feedbackId()).isEqualTo("id-ư\u0000-😀");
        assertThat(back.clusterId()).isNull();
        assertThat(back.placeId()).isNull();
        assertThat(back.minHash()).containsExactly(Integer.MIN_VALUE, -1, 0, 7);
    }
}
