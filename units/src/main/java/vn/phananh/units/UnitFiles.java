package vn.phananh.units;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.Kind;
import vn.phananh.avro.Topic;

/**
 * Reads and checks a unit file (see {@code units/README.md}): every field is checked and the first
 * problem is reported with its path, so an operator knows what to fix. Unknown fields are refused
 * too: a misspelt optional field would otherwise be silently ignored. The gazetteer may be given
 * inline or as the name of a file beside the unit file, in the format of {@code data/gazetteer.json}.
 */
public final class UnitFiles {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Set<String> PLACE_TYPES = Set.of("VILLAGE", "RESIDENTIAL_GROUP", "LANDMARK");
    static final Set<String> ROLES = Set.of("staff", "supervisor");
    public static final String UNIT_GROUP_PREFIX = "/units/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretRef.Secrets secrets;

    /** @param secrets where the file's secret references must resolve (checked, never stored) */
    public UnitFiles(SecretRef.Secrets secrets) {
        this.secrets = secrets;
    }

    /** The unit of {@code file}; throws {@link InvalidUnitException} naming the first field at fault. */
    public UnitDefinition read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
        catch (JacksonException ex) {
            throw new InvalidUnitException("(file)", "not valid JSON: " + ex.getOriginalMessage());
        }
        return parse(root, file.toAbsolutePath().getParent());
    }

    UnitDefinition parse(JsonNode root, Path dir) {
        Fields unit = new Fields(root, "");
        unit.only("code", "name", "shortName", "staffGroup", "channels", "gazetteer", "deadlines", "retention", "staff");
        String code = unit.text("code", true);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidUnitException("code", "lower-case letters and digits separated by single hyphens, e.g. xa-son-ha");
        }
        String staffGroup = unit.has("staffGroup") ? unit.text("staffGroup", true) : UNIT_GROUP_PREFIX + code;
        if (!staffGroup.startsWith(UNIT_GROUP_PREFIX)
                || !CODE.matcher(staffGroup.substring(UNIT_GROUP_PREFIX.length())).matches()) {
            throw new InvalidUnitException("staffGroup", "a group right under " + UNIT_GROUP_PREFIX + ", e.g. "
                    + UNIT_GROUP_PREFIX + code);
        }
        Fields channels = unit.object("channels", true);
        channels.only("facebookPages", "facebookPageTokens", "zaloAccounts", "desks", "apiKeys");
        List<String> pages = pages(channels);
        return new UnitDefinition(code, unit.text("name", true), unit.text("shortName", false), 0, Instant.EPOCH, staffGroup,
                pages, channels.list("zaloAccounts", this::zalo), desks(channels),
                channels.list("apiKeys", this::apiKey), gazetteer(unit, dir), deadlines(unit),
                unit.list("staff", this::staffMember), pageTokens(channels, pages), retention(unit));
    }

    /** {@code retention: {personalDataDays: 730}}; absent keeps the default. */
    private UnitDefinition.Retention retention(Fields unit) {
        Fields r = unit.object("retention", false);
        if (r == null) {
            return UnitDefinition.Retention.defaults();
        }
        r.only("personalDataDays");
        JsonNode days = r.node("personalDataDays", false);
        if (days == null) {
            return UnitDefinition.Retention.defaults();
        }
        if (!days.isIntegralNumber() || days.asInt() < 0 || days.asInt() > 36_500) {
            throw new InvalidUnitException(r.path("personalDataDays"), "a whole number of days from 0 to 36500");
        }
        return new UnitDefinition.Retention(days.asInt());
    }

    /** Each answering page's access token, by reference; a page not listed does not answer citizens. */
    private Map<String, SecretRef> pageTokens(Fields channels, List<String> pages) {
        Fields tokens = channels.object("facebookPageTokens", false);
        if (tokens == null) {
            return Map.of();
        }
        Map<String, SecretRef> byPage = new java.util.TreeMap<>();
        for (String page : tokens.node.propertyNames()) {
            if (!pages.contains(page)) {
                throw new InvalidUnitException(tokens.path(page), "not one of channels.facebookPages");
            }
            byPage.put(page, tokens.secret(page, secrets, true));
        }
        return byPage;
    }

    private List<String> pages(Fields channels) {
        List<String> pages = channels.list("facebookPages", (f, path) -> f.value(path));
        unique(pages, "channels.facebookPages");
        return pages;
    }

    private UnitDefinition.ZaloAccount zalo(Fields f, String path) {
        Fields a = f.objectAt(path);
        a.only("oaId", "appId", "secretKey", "accessToken");
        return new UnitDefinition.ZaloAccount(a.id("oaId"), a.id("appId"), a.secret("secretKey", secrets, true),
                a.has("accessToken") ? a.secret("accessToken", secrets, true) : null);
    }

    private List<UnitDefinition.Desk> desks(Fields channels) {
        List<UnitDefinition.Desk> desks = channels.list("desks", (f, path) -> {
            Fields d = f.objectAt(path);
            d.only("id", "clientId", "clientSecret");
            return new UnitDefinition.Desk(d.id("id"), d.id("clientId"),
                    d.has("clientSecret") ? d.secret("clientSecret", secrets, true) : null);
        });
        unique(desks.stream().map(UnitDefinition.Desk::id).toList(), "channels.desks[].id");
        return desks;
    }

    private UnitDefinition.ApiKey apiKey(Fields f, String path) {
        Fields k = f.objectAt(path);
        k.only("id", "sha256", "callbackUrl");
        SecretRef hash = k.secret("sha256", secrets, false);
        String value = hash.resolve(secrets).orElseThrow();
        if (!SHA256.matcher(value).matches()) {
            throw new InvalidUnitException(k.path("sha256"), "64 lower-case hex digits (printf %s \"$KEY\" | sha256sum)");
        }
        return new UnitDefinition.ApiKey(k.id("id"), hash, k.has("callbackUrl") ? callbackUrl(k) : null);
    }

    private static String callbackUrl(Fields k) {
        String url = k.text("callbackUrl", true);
        try {
            java.net.URI uri = new java.net.URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        }
        catch (java.net.URISyntaxException ex) {
            // refused below
        }
        throw new InvalidUnitException(k.path("callbackUrl"), "an absolute http or https URL");
    }

    private UnitDefinition.StaffMember staffMember(Fields f, String path) {
        Fields s = f.objectAt(path);
        s.only("username", "role", "password", "temporaryPassword");
        String role = s.text("role", true);
        if (!ROLES.contains(role)) {
            throw new InvalidUnitException(s.path("role"), "one of " + ROLES);
        }
        boolean temporary = !s.has("temporaryPassword") || s.bool("temporaryPassword");
        return new UnitDefinition.StaffMember(s.id("username"), role, s.secret("password", secrets, true), temporary);
    }

    private UnitDefinition.Gazetteer gazetteer(Fields unit, Path dir) {
        JsonNode node = unit.node("gazetteer", true);
        String path = "gazetteer";
        if (node.isString()) {
            Path file = dir.resolve(node.asString());
            try {
                node = JSON.readTree(Files.readString(file));
            }
            catch (IOException ex) {
                throw new InvalidUnitException(path, "cannot read " + file.getFileName());
            }
            catch (JacksonException ex) {
                throw new InvalidUnitException(path, file.getFileName() + " is not valid JSON: " + ex.getOriginalMessage());
            }
        }
        Fields g = new Fields(node, path);
        Fields commune = g.object("commune", true);
        List<String> aliases = commune.list("aliases", (f, p) -> f.value(p));
        List<UnitDefinition.Place> places = g.list("places", this::place);
        unique(places.stream().map(UnitDefinition.Place::id).toList(), "gazetteer.places[].id");
        return new UnitDefinition.Gazetteer(aliases, places);
    }

    private UnitDefinition.Place place(Fields f, String path) {
        Fields p = f.objectAt(path);
        String type = p.text("type", true);
        if (!PLACE_TYPES.contains(type)) {
            throw new InvalidUnitException(p.path("type"), "one of " + PLACE_TYPES);
        }
        List<String> aliases = p.list("aliases", (a, ap) -> a.value(ap));
        if (aliases.isEmpty()) {
            throw new InvalidUnitException(p.path("aliases"), "at least one spelling");
        }
        return new UnitDefinition.Place(p.id("id"), type, p.text("subtype", false), p.text("name", true), aliases);
    }

    private UnitDefinition.Deadlines deadlines(Fields unit) {
        if (!unit.has("deadlines")) {
            return UnitDefinition.Deadlines.defaults();
        }
        Fields d = unit.object("deadlines", true);
        d.only("urgentWorkingDays", "defaultWorkingDays", "workingDaysByKind", "workingDaysByTopic", "holidays", "zone",
                "closingTime");
        List<LocalDate> holidays = d.has("holidays") ? d.list("holidays", (f, p) -> date(f.value(p), p)) : null;
        String zone = d.text("zone", false);
        if (zone != null) {
            try {
                ZoneId.of(zone);
            }
            catch (RuntimeException ex) {
                throw new InvalidUnitException(d.path("zone"), "not a time zone, e.g. Asia/Ho_Chi_Minh");
            }
        }
        String closing = d.text("closingTime", false);
        if (closing != null) {
            try {
                LocalTime.parse(closing);
            }
            catch (RuntimeException ex) {
                throw new InvalidUnitException(d.path("closingTime"), "a time of day HH:mm, e.g. 17:00");
            }
        }
        return new UnitDefinition.Deadlines(d.days("urgentWorkingDays"), d.days("defaultWorkingDays"),
                d.daysBy("workingDaysByKind", names(Kind.values())), d.daysBy("workingDaysByTopic", names(Topic.values())),
                holidays, zone, closing);
    }

    private static LocalDate date(String value, String path) {
        try {
            return LocalDate.parse(value);
        }
        catch (RuntimeException ex) {
            throw new InvalidUnitException(path, "an ISO date, e.g. 2026-09-02");
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }

    private static void unique(List<String> values, String path) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw new InvalidUnitException(path, v + " is given twice");
            }
        }
    }

    /** The fields of one JSON object, each read with its full path for error messages. */
    private static final class Fields {

        private final JsonNode node;
        private final String at;

        Fields(JsonNode node, String at) {
            this.node = node;
            this.at = at;
            if (node == null || !node.isObject()) {
                throw new InvalidUnitException(at.isEmpty() ? "(file)" : at, "must be a JSON object");
            }
        }

        String path(String name) {
            return at.isEmpty() ? name : at + "." + name;
        }

        boolean has(String name) {
            return node.has(name) && !node.get(name).isNull();
        }

        void only(String... names) {
            Set<String> known = Set.of(names);
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    throw new InvalidUnitException(path(name), "unknown field (expected one of " + String.join(", ", names) + ")");
                }
            }
        }

        JsonNode node(String name, boolean required) {
            if (!has(name)) {
                if (required) {
                    throw new InvalidUnitException(path(name), "required");
                }
                return null;
            }
            return node.get(name);
        }

        String text(String name, boolean required) {
            JsonNode value = node(name, required);
            if (value == null) {
                return null;
            }
            if (!value.isString() || value.asString().isBlank()) {
                throw new InvalidUnitException(path(name), "a non-empty text");
            }
            return value.asString().strip();
        }

        String id(String name) {
            String value = text(name, true);
            if (!ID.matcher(value).matches()) {
                throw new InvalidUnitException(path(name), "1 to 128 letters, digits, '.', '_' or '-'");
            }
            return value;
        }

        boolean bool(String name) {
            JsonNode value = node(name, true);
            if (!value.isBoolean()) {
                throw new InvalidUnitException(path(name), "true or false");
            }
            return value.asBoolean();
        }

        SecretRef secret(String name, SecretRef.Secrets secrets, boolean mustBeReference) {
            SecretRef ref = new SecretRef(text(name, true));
            if (mustBeReference && !ref.isReference()) {
                throw new InvalidUnitException(path(name), "a secret is given by reference, env:NAME or file:PATH, never in clear");
            }
            if (ref.resolve(secrets).isEmpty()) {
                throw new InvalidUnitException(path(name), ref.reference() + " does not resolve (variable unset or file missing)");
            }
            return ref;
        }

        Integer days(String name) {
            JsonNode value = node(name, false);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 365) {
                throw new InvalidUnitException(path(name), "a whole number of working days from 0 to 365");
            }
            return value.asInt();
        }

        Map<String, Integer> daysBy(String name, Set<String> allowed) {
            if (!has(name)) {
                return Map.of();
            }
            Fields by = object(name, true);
            Map<String, Integer> days = new LinkedHashMap<>();
            for (String key : by.node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw new InvalidUnitException(by.path(key), "not one of " + new java.util.TreeSet<>(allowed));
                }
                days.put(key, by.days(key));
            }
            return days;
        }

        Fields object(String name, boolean required) {
            JsonNode value = node(name, required);
            return value == null ? null : new Fields(value, path(name));
        }

        Fields objectAt(String fullPath) {
            return new Fields(elements.get(fullPath), fullPath);
        }

        String value(String fullPath) {
            JsonNode value = elements.get(fullPath);
            if (!value.isString() || value.asString().isBlank()) {
                throw new InvalidUnitException(fullPath, "a non-empty text");
            }
            return value.asString().strip();
        }

        private final Map<String, JsonNode> elements = new LinkedHashMap<>();

        /** Each element of the array {@code name} (optional: absent is empty), read by {@code element(this, path)}. */
        <T> List<T> list(String name, BiFunction<Fields, String, T> element) {
            JsonNode array = node(name, false);
            if (array == null) {
                return List.of();
            }
            if (!array.isArray()) {
                throw new InvalidUnitException(path(name), "a list [...]");
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                String p = path(name) + "[" + i + "]";
                elements.put(p, array.get(i));
                out.add(element.apply(this, p));
            }
            return out;
        }
    }
}
