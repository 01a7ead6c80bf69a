package vn.phananh.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values the development realm's {@code ${...}} placeholders take at import: the address of
 * the web pages (its sign-in redirect), the client secrets, the development users' password, and
 * the server's bootstrap administrator. Every default is fake; each is overridden by the
 * environment variable of the same name.
 */
public record KeycloakSettings(Map<String, String> realmVariables) {

    public static final String WEB_URL = "PHANANH_WEB_URL";
    public static final String WEB_CLIENT_SECRET = "PHANANH_WEB_CLIENT_SECRET";
    public static final String ADMIN_CLIENT_SECRET = "PHANANH_ADMIN_CLIENT_SECRET";
    public static final String DEV_PASSWORD = "PHANANH_DEV_PASSWORD";

    /** Fake development values, in the order a reader of the realm file meets them. */
    private static final Map<String, String> DEFAULTS = defaults();

    public KeycloakSettings {
        realmVariables = Map.copyOf(realmVariables);
    }

    /** The settings for pages served at {@code webUrl}, each default replaced by the variable of {@code env}. */
    public static KeycloakSettings fromEnvironment(Map<String, String> env, String webUrl) {
        Map<String, String> values = new LinkedHashMap<>();
        DEFAULTS.forEach((name, fallback) -> values.put(name, nonBlank(env.get(name), fallback)));
        values.put(WEB_URL, webUrl);
        return new KeycloakSettings(values);
    }

    public String webClientSecret() {
        return realmVariables.get(WEB_CLIENT_SECRET);
    }

    public String adminClientSecret() {
        return realmVariables.get(ADMIN_CLIENT_SECRET);
    }

    public String devPassword() {
        return realmVariables.get(DEV_PASSWORD);
    }

    /** The client secret of a unit's desk device client {@code desk-<unit>}. */
    public String deskSecret(String unitCode) {
        return realmVariables.get(deskSecretVariable(unitCode));
    }

    public static String deskSecretVariable(String unitCode) {
        return "PHANANH_DESK_SECRET_" + unitCode.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(WEB_CLIENT_SECRET, "web-client-secret-not-real");
        d.put(deskSecretVariable("xa-hung-cuong"), "desk-secret-xa-hung-cuong-not-real");
        d.put(deskSecretVariable("phuong-thach-thang"), "desk-secret-phuong-thach-thang-not-real");
        d.put(ADMIN_CLIENT_SECRET, "admin-client-secret-not-real");
        d.put(DEV_PASSWORD, "phananh-dev");
        // The master realm's first administrator, for the admin console at <url>/admin.
        d.put("KC_BOOTSTRAP_ADMIN_USERNAME", "kc-admin");
        d.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kc-admin-password-not-real");
        return Map.copyOf(d);
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "KeycloakSettings[" + realmVariables.get(WEB_URL) + "]";
    }
}
