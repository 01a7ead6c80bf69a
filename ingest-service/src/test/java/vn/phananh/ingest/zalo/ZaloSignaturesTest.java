package vn.phananh.ingest.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import vn.phananh.ingest.account.ZaloAccount;
import vn.phananh.ingest.support.Fixtures;

class ZaloSignaturesTest {

    private static final JsonNode VECTOR = Fixtures.json("zalo-signature-vector.json");
    private static final byte[] BODY = VECTOR.get("raw_body").stringValue().getBytes(StandardCharsets.UTF_8);
    private static final String TIMESTAMP = VECTOR.get("timestamp_from_body").stringValue();
    private static final String HEADER = VECTOR.get("headers").get("X-ZEvent-Signature").stringValue();
    private static final ZaloAccount ACCOUNT = new ZaloAccount("4024926008133882615", VECTOR.get("app_id").stringValue(),
            VECTOR.get("oa_secret_key").stringValue(), "xa-hung-cuong");

    @Test
    void verifiesTheVector() {
        assertThat(ZaloSignatures.verify(ACCOUNT, BODY, TIMESTAMP, HEADER)).isTrue();
    }

    @Test
    void acceptsTheHeaderWithoutItsPrefix() {
        assertThat(ZaloSignatures.verify(ACCOUNT, BODY, TIMESTAMP, HEADER.substring("mac=".length()))).isTrue();
    }

    @Test
    void rejectsATamperedBody() {
        String tampered = VECTOR.get("raw_body").stringValue().replace("mất điện", "mất nước");
        assertThat(ZaloSignatures.verify(ACCOUNT, tampered.getBytes(StandardCharsets.UTF_8), TIMESTAMP, HEADER)).isFalse();
    }

    @Test
    void rejectsAnotherTimestampOrSecretOrApp() {
        assertThat(ZaloSignatures.verify(ACCOUNT, BODY, "1732703000124", HEADER)).isFalse();
        ZaloAccount otherSecret = new ZaloAccount(ACCOUNT.oaId(), ACCOUNT.appId(), "another", ACCOUNT.unitCode());
        assertThat(ZaloSignatures.verify(otherSecret, BODY, TIMESTAMP, HEADER)).isFalse();
        ZaloAccount otherApp = new ZaloAccount(ACCOUNT.oaId(), "1", ACCOUNT.secretKey(), ACCOUNT.unitCode());
        assertThat(ZaloSignatures.verify(otherApp, BODY, TIMESTAMP, HEADER)).isFalse();
    }

    @Test
    void isPlainSha256NotHmac() {
        // The vector's MAC is SHA-256 of the concatenation; an HMAC with the OA key would differ.
        assertThat(ZaloSignatures.mac(ACCOUNT, BODY, TIMESTAMP)).hasSize(32);
        assertThat(java.util.HexFormat.of().formatHex(ZaloSignatures.mac(ACCOUNT, BODY, TIMESTAMP)))
                .isEqualTo(HEADER.substring(4));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "mac=", "mac=xyz", "mac=02cda90f", "sha256=02cda90f0d3e28f0a71861e8e85f7852c1995b3ddbfb5e415291c312a3a6dae2" })
    void rejectsMalformedHeaders(String header) {
        assertThat(ZaloSignatures.verify(ACCOUNT, BODY, TIMESTAMP, header)).isFalse();
    }

    @Test
    void rejectsAMissingHeader() {
        assertThat(ZaloSignatures.verify(ACCOUNT, BODY, TIMESTAMP, null)).isFalse();
    }
}
