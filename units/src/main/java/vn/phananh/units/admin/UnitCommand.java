package vn.phananh.units.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.phananh.local.KeycloakAdmin;
import vn.phananh.schema.Topics;
import vn.phananh.units.InvalidUnitException;
import vn.phananh.units.SecretRef;
import vn.phananh.units.UnitDefinition;
import vn.phananh.units.UnitFiles;
import vn.phananh.units.UnitPublisher;
import vn.phananh.units.UnitRegistry;

/**
 * {@code ./pipeline unit add|check|list|seed}: onboards units. {@code add FILE...} checks each unit
 * file (refusing it, naming the field, when anything is wrong, so the units in force stay as they
 * are), makes the unit's group, desk-device clients and staff in the identity provider, publishes
 * the unit to {@code units.v1} and waits until it is in force. {@code check} only checks;
 * {@code seed DIR} publishes the units of a directory that are not on the topic yet (the
 * development units at the first {@code ./pipeline up}; the realm already has their identities).
 */
public final class UnitCommand {

    static final int OK = 0;
    static final int INVALID = 2;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Options options;

    UnitCommand(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        try {
            Options options = Options.parse(args, System.getenv());
            System.exit(new UnitCommand(options).run());
        }
        catch (InvalidUnitException ex) {
            say("refused: %s", ex.getMessage());
            System.exit(INVALID);
        }
        catch (RuntimeException ex) {
            say("%s", ex.getMessage());
            System.exit(1);
        }
    }

    int run() {
        return switch (options.command()) {
            case "check" -> check();
            case "add" -> add();
            case "seed" -> seed();
            case "list" -> list();
            default -> throw new IllegalArgumentException("usage: unit add|check FILE... | seed DIR | list");
        };
    }

    private int check() {
        for (Path file : options.files()) {
            UnitDefinition unit = read(file);
            try (UnitRegistry registry = registry()) {
                registry.current().checkCanHold(unit, options.secrets());
            }
            say("%s: unit %s is valid (%s)", file.getFileName(), unit.code(), summary(unit));
        }
        return OK;
    }

    private int add() {
        List<UnitDefinition> units = new ArrayList<>();
        try (UnitRegistry registry = registry()) {
            for (Path file : options.files()) {
                UnitDefinition unit = read(file);
                registry.current().checkCanHold(unit, options.secrets());
                units.add(unit);
            }
            for (UnitDefinition unit : units) {
                if (options.identity()) {
                    onboardIdentities(unit);
                }
                publish(registry, unit);
            }
        }
        return OK;
    }

    private int seed() {
        try (UnitRegistry registry = registry()) {
            for (Path file : options.files()) {
                UnitDefinition unit = read(file);
                if (registry.current().knows(unit.code())) {
                    say("unit %s already configured (revision %d)", unit.code(),
                            registry.current().unit(unit.code()).orElseThrow().revision());
                    continue;
                }
                registry.current().checkCanHold(unit, options.secrets());
                publish(registry, unit);
            }
        }
        return OK;
    }

    private int list() {
        try (UnitRegistry registry = registry()) {
            registry.current().all().forEach(u -> say("%-24s revision %-3d %s (%s)", u.code(), u.revision(), u.name(), summary(u)));
        }
        return OK;
    }

    private UnitDefinition read(Path file) {
        try {
            return new UnitFiles(options.secrets()).read(file);
        }
        catch (InvalidUnitException ex) {
            throw new InvalidUnitException(ex.field(), ex.getMessage().substring(ex.field().length() + 2)
                    + " (in " + file.getFileName() + ")");
        }
    }

    /** The unit's group, its desk devices' clients and its staff, in the identity provider. */
    private void onboardIdentities(UnitDefinition unit) {
        KeycloakAdmin keycloak = new KeycloakAdmin(options.keycloakUrl(), options.adminSecret());
        String group = unit.staffGroup().substring(UnitFiles.UNIT_GROUP_PREFIX.length());
        keycloak.ensureUnitGroup(group);
        for (UnitDefinition.Desk desk : unit.desks()) {
            if (desk.clientSecret() != null) {
                keycloak.ensureDeskClient(desk.clientId(), desk.clientSecret().resolve(options.secrets()).orElseThrow(), group);
                say("desk %s: client %s in group %s", desk.id(), desk.clientId(), unit.staffGroup());
            }
        }
        for (UnitDefinition.StaffMember member : unit.staff()) {
            keycloak.ensureUser(member.username(), member.password().resolve(options.secrets()).orElseThrow(),
                    member.temporaryPassword(), member.role(), List.of(unit.staffGroup()));
            say("staff %s: role %s in group %s%s", member.username(), member.role(), unit.staffGroup(),
                    member.temporaryPassword() ? " (chooses a new password at the first sign-in)" : "");
        }
    }

    private void publish(UnitRegistry registry, UnitDefinition unit) {
        UnitDefinition published;
        try (UnitPublisher publisher = new UnitPublisher(options.bootstrap(), options.topic(), Clock.systemUTC())) {
            published = publisher.publish(unit, registry.current());
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (registry.find(unit.code(), Duration.ofSeconds(2)).map(UnitDefinition::revision).orElse(0L) < published.revision()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Unit " + unit.code() + " was written but not read back within " + WAIT);
            }
        }
        say("unit %s revision %d in force: %s", unit.code(), published.revision(), summary(unit));
    }

    private UnitRegistry registry() {
        return new UnitRegistry(options.bootstrap(), options.topic()).start(WAIT);
    }

    static String summary(UnitDefinition u) {
        return "%d Facebook page(s), %d Zalo OA(s), %d desk(s), %d API key(s), %d place(s), staff group %s".formatted(
                u.facebookPages().size(), u.zaloAccounts().size(), u.desks().size(), u.apiKeys().size(),
                u.gazetteer().places().size(), u.staffGroup());
    }

    static void say(String format, Object... args) {
        System.out.println("[units] " + String.format(format, args));
        System.out.flush();
    }

    /** What the command works on; addresses and secrets come from the variables the services read. */
    record Options(String command, List<Path> files, String bootstrap, String topic, String keycloakUrl,
            String adminSecret, SecretRef.Secrets secrets, boolean identity) {

        static Options parse(String[] args, Map<String, String> env) {
            if (args.length == 0) {
                throw new IllegalArgumentException("usage: unit add|check FILE... | seed DIR | list");
            }
            List<Path> files = new ArrayList<>();
            boolean identity = true;
            Path secrets = Path.of(env.getOrDefault("PHANANH_SECRETS_DIR",
                    env.getOrDefault("PHANANH_DATA_DIR", "var") + "/secrets"));
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--no-identity" -> identity = false;
                    case "--secrets" -> secrets = Path.of(args[++i]);
                    default -> files.addAll(unitFiles(Path.of(args[i])));
                }
            }
            String bootstrap = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + env.getOrDefault("KAFKA_PORT", "9092"));
            String keycloak = env.getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:" + env.getOrDefault("KEYCLOAK_PORT", "8180"));
            String adminSecret = env.getOrDefault("PHANANH_ADMIN_CLIENT_SECRET", "admin-client-secret-not-real");
            return new Options(args[0], files, bootstrap, env.getOrDefault("PHANANH_UNITS_TOPIC", Topics.UNITS_NAME),
                    keycloak, adminSecret, SecretRef.Secrets.ofProcess(secrets), identity);
        }

        /** A unit file, or every unit file of a directory (gazetteer files beside them are not units). */
        static List<Path> unitFiles(Path path) {
            if (!Files.isDirectory(path)) {
                return List.of(path);
            }
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".gazetteer.json"))
                        .sorted().toList();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
