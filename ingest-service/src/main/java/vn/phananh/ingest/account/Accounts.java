package vn.phananh.ingest.account;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitDirectory;

/**
 * The channel accounts of the units in force, indexed for O(1) lookups, with their secrets
 * resolved once per change. An account whose secret cannot be resolved here is left out (and
 * logged by reference, never by value): its messages are refused rather than accepted unchecked.
 */
record Accounts(Map<String, UnitDefinition> units, Map<String, String> pages, Map<String, ZaloAccount> zalo,
        Map<String, DeskAccount> desksByClient, Map<String, DeskAccount> desksByUnit, Map<String, ApiClient> apiBySha256,
        Map<String, String> groups) {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    static Accounts of(UnitDirectory directory, SecretRef.Secrets secrets) {
        Map<String, UnitDefinition> units = new HashMap<>();
        Map<String, String> pages = new HashMap<>();
        Map<String, ZaloAccount> zalo = new HashMap<>();
        Map<String, DeskAccount> byClient = new HashMap<>();
        Map<String, DeskAccount> byUnit = new HashMap<>();
        Map<String, ApiClient> keys = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        for (UnitDefinition unit : directory.all()) {
            units.put(unit.code(), unit);
            groups.put(unit.staffGroup(), unit.code());
            unit.facebookPages().forEach(page -> pages.putIfAbsent(page, unit.code()));
            for (UnitDefinition.ZaloAccount oa : unit.zaloAccounts()) {
                resolve(oa.secretKey(), secrets, unit, "Zalo OA " + oa.oaId())
                        .ifPresent(key -> zalo.putIfAbsent(oa.oaId(), new ZaloAccount(oa.oaId(), oa.appId(), key, unit.code())));
            }
            for (UnitDefinition.Desk desk : unit.desks()) {
                DeskAccount account = new DeskAccount(desk.id(), unit.code());
                byClient.putIfAbsent(desk.clientId(), account);
                byUnit.putIfAbsent(unit.code(), account);
            }
            for (UnitDefinition.ApiKey key : unit.apiKeys()) {
                resolve(key.sha256(), secrets, unit, "API key " + key.id()).ifPresent(hash -> keys.merge(hash,
                        new ApiClient(key.id(), Set.of(unit.code())), Accounts::bothUnits));
            }
        }
        return new Accounts(Map.copyOf(units), Map.copyOf(pages), Map.copyOf(zalo), Map.copyOf(byClient),
                Map.copyOf(byUnit), Map.copyOf(keys), Map.copyOf(groups));
    }

    /** One key bound to several units appears in each unit's description under the same id and hash. */
    private static ApiClient bothUnits(ApiClient a, ApiClient b) {
        Set<String> units = new HashSet<>(a.units());
        units.addAll(b.units());
        return new ApiClient(a.keyId(), Set.copyOf(units));
    }

    private static Optional<String> resolve(SecretRef ref, SecretRef.Secrets secrets, UnitDefinition unit, String what) {
        Optional<String> value = ref.resolve(secrets);
        if (value.isEmpty()) {
            log.warn("{} of unit {} is not used: its secret {} does not resolve here", what, unit.code(), ref);
        }
        return value;
    }
}
