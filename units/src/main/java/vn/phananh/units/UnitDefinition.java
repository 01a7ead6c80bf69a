package vn.phananh.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One administrative unit as configured: what every service needs to serve it. The ingest
 * service takes its channels (Facebook pages, Zalo OAs, desks, API keys), the stream processor its
 * gazetteer and deadline rules, the search API its names and staff group. Secrets are
 * {@link SecretRef references}. {@code staff} is used by onboarding only and never published.
 */
public record UnitDefinition(String code, String name, String shortName, long revision, Instant updatedAt,
        String staffGroup, List<String> facebookPages, List<ZaloAccount> zaloAccounts, List<Desk> desks,
        List<ApiKey> apiKeys, Gazetteer gazetteer, Deadlines deadlines, List<StaffMember> staff,
        Map<String, SecretRef> facebookPageTokens, Retention retention) {

    /** A unit with the default retention of personal data. */
    public UnitDefinition(String code, String name, String shortName, long revision, Instant updatedAt,
            String staffGroup, List<String> facebookPages, List<ZaloAccount> zaloAccounts, List<Desk> desks,
            List<ApiKey> apiKeys, Gazetteer gazetteer, Deadlines deadlines, List<StaffMember> staff,
            Map<String, SecretRef> facebookPageTokens) {
        this(code, name, shortName, revision, updatedAt, staffGroup, facebookPages, zaloAccounts, desks, apiKeys,
                gazetteer, deadlines, staff, facebookPageTokens, Retention.defaults());
    }

    /** A unit whose pages do not answer citizens (no page tokens). */
    public UnitDefinition(String code, String name, String shortName, long revision, Instant updatedAt,
            String staffGroup, List<String> facebookPages, List<ZaloAccount> zaloAccounts, List<Desk> desks,
            List<ApiKey> apiKeys, Gazetteer gazetteer, Deadlines deadlines, List<StaffMember> staff) {
        this(code, name, shortName, revision, updatedAt, staffGroup, facebookPages, zaloAccounts, desks, apiKeys,
                gazetteer, deadlines, staff, Map.of());
    }

    public UnitDefinition {
        facebookPageTokens = facebookPageTokens == null ? Map.of() : Map.copyOf(facebookPageTokens);
        retention = retention == null ? Retention.defaults() : retention;
        facebookPages = List.copyOf(facebookPages);
        zaloAccounts = List.copyOf(zaloAccounts);
        desks = List.copyOf(desks);
        apiKeys = List.copyOf(apiKeys);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    /** The same unit at another revision and time (what publishing writes). */
    public UnitDefinition published(long newRevision, Instant at) {
        return new UnitDefinition(code, name, shortName, newRevision, at, staffGroup, facebookPages, zaloAccounts,
                desks, apiKeys, gazetteer, deadlines, List.of(), facebookPageTokens, retention);
    }

    /**
     * A Zalo Official Account; its secret key signs the webhooks, its access token (optional) lets
     * the outbox sender answer citizens on it.
     */
    public record ZaloAccount(String oaId, String appId, SecretRef secretKey, SecretRef accessToken) {

        public ZaloAccount(String oaId, String appId, SecretRef secretKey) {
            this(oaId, appId, secretKey, null);
        }
    }

    /**
     * A one-stop desk and the identity provider's client its device signs in as. The client's
     * secret is needed only to create the client (onboarding), so it may be absent on the topic.
     */
    public record Desk(String id, String clientId, SecretRef clientSecret) {
    }

    /**
     * An integration key: its id, the SHA-256 hex of the key (given, or by reference), and the URL
     * the outbox sender POSTs acknowledgements and answers to, when the integration registered one.
     */
    public record ApiKey(String id, SecretRef sha256, String callbackUrl) {

        public ApiKey(String id, SecretRef sha256) {
            this(id, sha256, null);
        }
    }

    /** The unit's places in the terms of {@code data/gazetteer.json}. */
    public record Gazetteer(List<String> communeAliases, List<Place> places) {

        public Gazetteer {
            communeAliases = List.copyOf(communeAliases);
            places = List.copyOf(places);
        }
    }

    /** One place: id, type (VILLAGE, RESIDENTIAL_GROUP, LANDMARK), subtype, name and aliases. */
    public record Place(String id, String type, String subtype, String name, List<String> aliases) {

        public Place {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * Deadline rules; a null value keeps the processor's default. {@code holidays} null keeps the
     * default list of public holidays, a list replaces it.
     */
    public record Deadlines(Integer urgentWorkingDays, Integer defaultWorkingDays, Map<String, Integer> workingDaysByKind,
            Map<String, Integer> workingDaysByTopic, List<LocalDate> holidays, String zone, String closingTime) {

        public Deadlines {
            workingDaysByKind = workingDaysByKind == null ? Map.of() : Map.copyOf(workingDaysByKind);
            workingDaysByTopic = workingDaysByTopic == null ? Map.of() : Map.copyOf(workingDaysByTopic);
            holidays = holidays == null ? null : List.copyOf(holidays);
        }

        public static Deadlines defaults() {
            return new Deadlines(null, null, Map.of(), Map.of(), null, null, null);
        }
    }

    /**
     * How long the unit keeps the personal data of a feedback (author name, id and contact, the
     * unmasked text) after receiving it; null keeps the default. {@code ./pipeline retention}
     * anonymises older feedback.
     */
    public record Retention(Integer personalDataDays) {

        /** Two years: long enough for complaints and appeals about the handling to be settled. */
        public static final int DEFAULT_PERSONAL_DATA_DAYS = 730;

        public static Retention defaults() {
            return new Retention(null);
        }

        /** The days in force: the configured ones or the default. */
        public int days() {
            return personalDataDays == null ? DEFAULT_PERSONAL_DATA_DAYS : personalDataDays;
        }
    }

    /** A staff member onboarding creates in the identity provider, with a password by reference. */
    public record StaffMember(String username, String role, SecretRef password, boolean temporaryPassword) {
    }

    /** The desk the unit's staff record at with their own token: the first. */
    public Optional<Desk> staffDesk() {
        return desks.stream().findFirst();
    }
}
