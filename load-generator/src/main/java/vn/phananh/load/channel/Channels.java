package vn.phananh.load.channel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The secrets and account ids a sender needs for every channel of every unit. The defaults are
 * the fake development values of the ingest service's {@code application.yml}; each can be
 * overridden by the environment variable the ingest service reads ({@code FACEBOOK_APP_SECRET},
 * {@code FACEBOOK_PAGE_<UNIT>}, {@code ZALO_APP_ID}, {@code ZALO_OA_<UNIT>},
 * {@code ZALO_OA_SECRET_<UNIT>}), the desk devices' client secrets by the realm's
 * ({@code PHANANH_DESK_SECRET_<UNIT>}). Where the service holds only a hash, the sender reads the
 * plain key from {@code API_KEY_TONG_DAI}, {@code API_KEY_CONG_GOP_Y}.
 */
public record Channels(String facebookAppSecret, String zaloAppId, List<UnitAccounts> units, List<ApiKey> apiKeys) {

    public static final String XA_HUNG_CUONG = "xa-hung-cuong";
    public static final String PHUONG_THACH_THANG = "phuong-thach-thang";

    public Channels {
        units = List.copyOf(units);
        apiKeys = List.copyOf(apiKeys);
    }

    /** The development defaults, overridden by whatever of {@code env} is set. */
    public static Channels from(Map<String, String> env) {
        return new Channels(
                value(env, "FACEBOOK_APP_SECRET", "test_app_secret_not_real"),
                value(env, "ZALO_APP_ID", "1234567890123456789"),
                List.of(unit(env, XA_HUNG_CUONG, "104729385610293", "4024926008133882615", "test_oa_secret_not_real"),
                        unit(env, PHUONG_THACH_THANG, "204729385610299", "5024926008133882616",
                                "test_oa_secret_two_not_real")),
                List.of(new ApiKey("tong-dai-1022", value(env, "API_KEY_TONG_DAI", "pa_test_key_not_real_xa_hung_cuong"),
                                List.of(XA_HUNG_CUONG)),
                        new ApiKey("cong-gop-y", value(env, "API_KEY_CONG_GOP_Y", "pa_test_key_not_real_two_units"),
                                List.of(XA_HUNG_CUONG, PHUONG_THACH_THANG))));
    }

    public static Channels fromEnvironment() {
        return from(System.getenv());
    }

    public UnitAccounts unit(String unitCode) {
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No channel accounts for unit " + unitCode));
    }

    public List<String> unitCodes() {
        return units.stream().map(UnitAccounts::unitCode).toList();
    }

    /** The key bound to this unit alone, else the first key that may send for it. */
    public ApiKey singleUnitKey(String unitCode) {
        return apiKeys.stream().filter(k -> k.boundOnlyTo(unitCode)).findFirst().orElseGet(() -> sharedKey(unitCode));
    }

    /** A key that may send for this unit and at least one other (for batches across units). */
    public ApiKey sharedKey(String unitCode) {
        return apiKeys.stream().filter(k -> k.units().contains(unitCode)).max((a, b) -> a.units().size() - b.units().size())
                .orElseThrow(() -> new NoSuchElementException("No API key may send for unit " + unitCode));
    }

    private static UnitAccounts unit(Map<String, String> env, String code, String page, String oa, String oaSecret) {
        String suffix = code.toUpperCase(Locale.ROOT).replace('-', '_');
        return new UnitAccounts(code, value(env, "FACEBOOK_PAGE_" + suffix, page), value(env, "ZALO_OA_" + suffix, oa),
                value(env, "ZALO_OA_SECRET_" + suffix, oaSecret), "desk-" + code,
                value(env, "PHANANH_DESK_SECRET_" + suffix, "desk-secret-" + code + "-not-real"));
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
