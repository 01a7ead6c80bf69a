package vn.phananh.ingest.account;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitRegistry;

/**
 * Which administrative unit owns each channel account (Facebook page, Zalo OA, desk, API key),
 * from the units in force: rebuilt whenever a unit is added or changed on {@code units.v1}, so a
 * new commune's channels work without a restart. A lookup for an account that is not configured
 * answers empty: callers reject the message, they never guess a unit.
 */
@Component
public class AccountDirectory {

    private volatile Accounts accounts;

    public AccountDirectory(UnitRegistry registry, SecretRef.Secrets secrets) {
        this.accounts = Accounts.of(registry.current(), secrets);
        registry.onChange(units -> this.accounts = Accounts.of(units, secrets));
    }

    /** The unit of a Facebook page. */
    public Optional<String> facebookPageUnit(String pageId) {
        return Optional.ofNullable(pageId).map(accounts.pages()::get);
    }

    /** A Zalo OA with its secrets and unit. */
    public Optional<ZaloAccount> zaloAccount(String oaId) {
        return Optional.ofNullable(oaId).map(accounts.zalo()::get);
    }

    /** The desk whose device signs in as this client of the identity provider. */
    public Optional<DeskAccount> deskOfClient(String clientId) {
        return Optional.ofNullable(clientId).map(accounts.desksByClient()::get);
    }

    /** The desk the unit's staff record at with their own token: the unit's first. */
    public Optional<DeskAccount> deskOfUnit(String unitCode) {
        return Optional.ofNullable(unitCode).map(accounts.desksByUnit()::get);
    }

    /** The API client whose key hashes to the given SHA-256 hex. */
    public Optional<ApiClient> apiClientBySha256(String sha256Hex) {
        return Optional.ofNullable(sha256Hex).map(accounts.apiBySha256()::get);
    }

    /** Whether a unit code is configured. */
    public boolean knowsUnit(String unitCode) {
        return unitCode != null && accounts.units().containsKey(unitCode);
    }

    /** The unit whose staff group this is, e.g. {@code /units/xa-hung-cuong}. */
    public Optional<String> unitOfGroup(String group) {
        return Optional.ofNullable(group).map(accounts.groups()::get);
    }
}
