package vn.phananh.load.channel;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    @Test
    void signsTheFacebookVectorLikeMeta() {
        JsonNode vector = Vectors.facebook();
        byte[] body = vector.get("raw_body").asString().getBytes(StandardCharsets.UTF_8);

        assertThat(Signatures.facebook(vector.get("app_secret").asString(), body))
                .isEqualTo(vector.get("headers").get("X-Hub-Signature-256").asString());
    }

    @Test
    void facebookSignatureDependsOnTheEscapedBytesNotTheParsedJson() {
        JsonNode vector = Vectors.facebook();
        JsonNode utf8 = vector.get("pitfall_same_json_reserialized_as_utf8");
        byte[] reserialized = utf8.get("raw_body").asString().getBytes(StandardCharsets.UTF_8);

        String signature = Signatures.facebook(vector.get("app_secret").asString(), reserialized);

        assertThat(signature).isEqualTo(utf8.get("sha256_of_that").asString())
                .isNotEqualTo(vector.get("headers").get("X-Hub-Signature-256").asString());
    }

    @Test
    void signsTheZaloVectorWithPlainSha256OfAppIdBodyTimestampAndSecret() {
        JsonNode vector = Vectors.zalo();
        byte[] body = vector.get("raw_body").asString().getBytes(StandardCharsets.UTF_8);

        String mac = Signatures.zalo(vector.get("app_id").asString(), body, vector.get("timestamp_from_body").asString(),
                vector.get("oa_secret_key").asString());

        assertThat(mac).isEqualTo(vector.get("headers").get("X-ZEvent-Signature").asString());
    }

    @Test
    void zaloSignatureChangesWithTheSecret() {
        JsonNode vector = Vectors.zalo();
        byte[] body = vector.get("raw_body").asString().getBytes(StandardCharsets.UTF_8);

        assertThat(Signatures.zalo(vector.get("app_id").asString(), body, vector.get("timestamp_from_body").asString(),
                "test_oa_secret_two_not_real")).isNotEqualTo(vector.get("headers").get("X-ZEvent-Signature").asString());
    }
}
