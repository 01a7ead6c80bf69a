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
    private final Map<String, DeskAccount> desksByClient;
    private final Map<String, DeskAccount> desksByUnit;
    private final Map<String, ApiClient> apiBySha256;

    public AccountDirectory(IngestProperties properties) {
        this.units = properties.units().stream().map(IngestProperties.Unit::code).collect(Collectors.toUnmodifiableSet());
        this.pages = index(properties.facebook().pages(), IngestProperties.Page::pageId, p -> unit(p.unit()), "page");
        this.zalo = index(properties.zalo().accounts(), IngestProperties.OfficialAccount::oaId,
                a -> new ZaloAccount(a.oaId(), a.appId(), a.secretKey(), unit(a.unit())), "Zalo OA");
        this.desksByClient = index(properties.desk().desks(), IngestProperties.DeskAccount::clientId,
                d -> new DeskAccount(d.id(), unit(d.unit())), "desk client");
        this.desksByUnit = firstDeskOfEachUnit(properties.desk().desks());
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

    /** The desk whose device signs in as this client of the identity provider. */
    public Optional<DeskAccount> deskOfClient(String clientId) {
        return Optional.ofNullable(clientId).map(desksByClient::get);
    }

    /** The desk the unit's staff record at with their own token: the unit's first. */
    public Optional<DeskAccount> deskOfUnit(String unitCode) {
        return Optional.ofNullable(unitCode).map(desksByUnit::get);
    }

    /** The API client whose key hashes to the given SHA-256 hex. */
    public Optional<ApiClient> apiClientBySha256(String sha256Hex) {
        return Optional.ofNullable(sha256Hex).map(apiBySha256::get);
    }

    /** Whether a unit code is configured. */
    public boolean knowsUnit(String unitCode) {
        return units.contains(unitCode);
    }

    private Map<String, DeskAccount> firstDeskOfEachUnit(List<IngestProperties.DeskAccount> desks) {
        Map<String, DeskAccount> byUnit = new HashMap<>();
        index(desks, IngestProperties.DeskAccount::id, d -> d, "desk"); // a desk id is configured once
        desks.forEach(d -> byUnit.putIfAbsent(d.unit(), new DeskAccount(d.id(), unit(d.unit()))));
        return Map.copyOf(byUnit);
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
