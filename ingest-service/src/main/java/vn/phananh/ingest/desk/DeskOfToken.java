package vn.phananh.ingest.desk;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.phananh.avro.Channel;
import vn.phananh.ingest.account.AccountDirectory;
import vn.phananh.ingest.account.DeskAccount;
import vn.phananh.ingest.http.IngestException;
import vn.phananh.ingest.system.IngestProperties;
import vn.phananh.web.ProblemType;

/**
 * Which desk a bearer token records at. A desk device's token (role {@code desk}) is its client's
 * desk; a clerk's token (role {@code staff}) records at the desk of the unit the body names, which
 * must be one of the clerk's units (it may be left out when the clerk has one). A token naming a
 * unit that is not configured records nowhere.
 */
final class DeskOfToken {

    /** Stands for a unit group that no configured unit has. */
    private static final String UNKNOWN = "";

    private final AccountDirectory accounts;
    private final IngestProperties.Identity claims;

    DeskOfToken(AccountDirectory accounts, IngestProperties.Identity claims) {
        this.accounts = accounts;
        this.claims = claims;
    }

    DeskAccount resolve(Jwt token, String requestedUnit) {
        Set<String> units = units(token);
        if (!units.stream().allMatch(accounts::knowsUnit)) {
            throw refused("The token names a unit that is not configured");
        }
        List<String> roles = token.getClaimAsStringList(claims.rolesClaim());
        DeskAccount desk = roles != null && roles.contains("desk") ? deviceDesk(token) : clerkDesk(units, requestedUnit);
        if (requestedUnit != null && !requestedUnit.equals(desk.unitCode())) {
            throw refused("This token may not record for unit " + requestedUnit);
        }
        return desk;
    }

    private DeskAccount deviceDesk(Jwt token) {
        return accounts.deskOfClient(token.getClaimAsString("azp"))
                .orElseThrow(() -> new IngestException(ProblemType.UNKNOWN_ACCOUNT, Channel.DESK,
                        "The device's client is not a configured desk"));
    }

    private DeskAccount clerkDesk(Set<String> units, String requestedUnit) {
        String unit = requestedUnit != null ? requestedUnit : units.size() == 1 ? units.iterator().next() : null;
        if (unit == null) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, Channel.DESK,
                    "unit: required, the staff member records for " + (units.isEmpty() ? "no" : "several") + " units");
        }
        if (!units.contains(unit)) {
            throw refused("The staff member may not record for unit " + unit);
        }
        return accounts.deskOfUnit(unit).orElseThrow(() -> new IngestException(ProblemType.UNKNOWN_ACCOUNT, Channel.DESK,
                "The unit has no desk"));
    }

    /** The units of the token's unit groups; a unit group no unit has gives the code {@code null}, refused above. */
    private Set<String> units(Jwt token) {
        List<String> groups = token.getClaimAsStringList(claims.groupsClaim());
        String prefix = claims.unitGroupPrefix();
        return groups == null ? Set.of() : groups.stream().filter(g -> g.startsWith(prefix) && g.length() > prefix.length())
                .map(g -> accounts.unitOfGroup(g).orElse(UNKNOWN)).collect(Collectors.toUnmodifiableSet());
    }

    private static IngestException refused(String detail) {
        return new IngestException(ProblemType.UNIT_NOT_ALLOWED, Channel.DESK, detail);
    }
}
