package vn.phananh.ingest.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.ApiClient;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.web.ProblemType;

/**
 * Authenticates an integration by its {@code X-Api-Key}: configuration holds only the SHA-256
 * hex of each key, so the presented key is hashed and looked up by its hash.
 */
final class ApiKeys {

    private final AccountDirectory accounts;

    ApiKeys(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    ApiClient authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 256) {
            throw unauthenticated();
        }
        return accounts.apiClientBySha256(sha256Hex(presentedKey.trim())).orElseThrow(ApiKeys::unauthenticated);
    }

    static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    private static IngestException unauthenticated() {
        return new IngestException(ProblemType.UNAUTHENTICATED, Channel.API, "X-Api-Key is missing or unknown");
    }
}
