package vn.phananh.ingest.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.phananh.ingest.system.IngestProperties;

/**
 * Which administrative unit owns each channel account (Facebook page, Zalo OA, desk, API key),
 * built once from configuration. A lookup for an account that is not configured answers empty:
 * callers reject the message, they never guess a unit.
 */
@Component
public class AccountDirectory {

    private final Set<String> units;
    private final Map<String, String> pages;
    private final Map<String, ZaloAccount> zalo;
    private final Map<String, DeskAccount> desksByUser;
    private final Map<String, ApiClient> apiBySha256;

    public AccountDirectory(IngestProperties properties) {
        this.units = properties.units().stream().map(IngestProperties.Unit::code).collect(Collectors.toUnmodifiableSet());
        this.pages = index(properties.facebook().pages(), IngestProperties.Page::pageId, p -> unit(p.unit()), "page");
        this.zalo = index(properties.zalo().accounts(), IngestProperties.OfficialAccount::oaId,
                a -> new ZaloAccount(a.oaId(), a.appId(), a.secretKey(), unit(a.unit())), "Zalo OA");
        this.desksByUser = desksByUser(properties.desk().desks());
        this.apiBySha256 = index(properties.api().keys(), IngestProperties.ApiKey::sha256,
                k -> new ApiClient(k.id(), k.units().stream().map(this::unit).collect(Collectors.toUnmodifiableSet())),
                "API key");
    }

    /** The unit of a Facebook page. */
    public Optional<String> facebookPageUnit(String pageId) {
        return Optional.ofNullable(pageId).map(pages::get);
    }

    /** A Zalo OA with its secrets and unit. */
    public Optional<ZaloAccount> zaloAccount(String oaId) {
        return Optional.ofNullable(oaId).map(zalo::get);
    }

    /** The desk a staff member records at. */
    public Optional<DeskAccount> deskOf(String username) {
        return Optional.ofNullable(username).map(desksByUser::get);
    }

    /** The API client whose key hashes to the given SHA-256 hex. */
    public Optional<ApiClient> apiClientBySha256(String sha256Hex) {
        return Optional.ofNullable(sha256Hex).map(apiBySha256::get);
    }

    /** Whether a unit code is configured. */
    public boolean knowsUnit(String unitCode) {
        return units.contains(unitCode);
    }

    private Map<String, DeskAccount> desksByUser(List<IngestProperties.DeskAccount> desks) {
        Map<String, DeskAccount> byUser = new HashMap<>();
        for (IngestProperties.DeskAccount desk : desks) {
            DeskAccount account = new DeskAccount(desk.id(), unit(desk.unit()));
            desk.users().forEach(user -> putOnce(byUser, user.username(), account, "desk user"));
        }
        return Map.copyOf(byUser);
    }

    private <T, V> Map<String, V> index(List<T> items, Function<T, String> key, Function<T, V> value, String what) {
        Map<String, V> map = new HashMap<>();
        items.forEach(item -> putOnce(map, key.apply(item), value.apply(item), what));
        return Map.copyOf(map);
    }

    private static <V> void putOnce(Map<String, V> map, String key, V value, String what) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalStateException("The " + what + " " + key + " is configured twice");
        }
    }

    private String unit(String code) {
        if (!units.contains(code)) {
            throw new IllegalStateException("Account configured for unknown unit " + code
                    + "; declare it under phananh.ingest.units");
        }
        return code;
    }
}
