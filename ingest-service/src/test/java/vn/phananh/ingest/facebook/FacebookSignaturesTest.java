package vn.phananh.ingest.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import vn.phananh.ingest.support.Fixtures;

class FacebookSignaturesTest {

    private static final JsonNode VECTOR = Fixtures.json("facebook-signature-vector.json");
    private static final byte[] BODY = VECTOR.get("raw_body").stringValue().getBytes(StandardCharsets.UTF_8);
    private static final String SHA256 = VECTOR.get("headers").get("X-Hub-Signature-256").stringValue();
    private static final String SHA1 = VECTOR.get("headers").get("X-Hub-Signature").stringValue();

    private final FacebookSignatures signatures = new FacebookSignatures(VECTOR.get("app_secret").stringValue());

    @Test
    void verifiesTheSha256VectorOverTheRawEscapedBytes() {
        assertThat(signatures.verify(BODY, SHA256, null)).isTrue();
    }

    @Test
    void fallsBackToSha1OnlyWhenTheSha256HeaderIsAbsent() {
        assertThat(signatures.verify(BODY, null, SHA1)).isTrue();
        assertThat(signatures.verify(BODY, "sha256=" + "0".repeat(64), SHA1)).isFalse();
    }

    @Test
    void rejectsTheSameJsonReserialisedAsUtf8() {
        JsonNode pitfall = VECTOR.get("pitfall_same_json_reserialized_as_utf8");
        byte[] reserialised = pitfall.get("raw_body").stringValue().getBytes(StandardCharsets.UTF_8);
        assertThat(signatures.verify(reserialised, SHA256, null)).isFalse();
        assertThat(signatures.verify(reserialised, pitfall.get("sha256_of_that").stringValue(), null)).isTrue();
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] ^= 1;
        assertThat(signatures.verify(tampered, SHA256, SHA1)).isFalse();
    }

    @Test
    void rejectsAnotherAppSecret() {
        assertThat(new FacebookSignatures("another_secret").verify(BODY, SHA256, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sha256=", "sha256=zz", "sha1=fa19c13aa7f11996ba7ac06e1dde3d3ad37fcf9e",
            "fbd51a5cddd933828bb807e92bd3db20f3edd37e1026672627d7f65db39651a7", "sha256=fbd51a5c",
            "sha256=fbd51a5cddd933828bb807e92bd3db20f3edd37e1026672627d7f65db39651a7, sha256=00" })
    void rejectsMalformedHeaders(String header) {
        assertThat(signatures.verify(BODY, header, null)).isFalse();
    }

    @Test
    void rejectsARequestWithoutSignature() {
        assertThat(signatures.verify(BODY, null, null)).isFalse();
    }
}
