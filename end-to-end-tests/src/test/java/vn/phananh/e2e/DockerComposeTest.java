package vn.phananh.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.phananh.local.Distribution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this test holds it to what the
 * services actually read: the same variables, ports and jars, and the images of the versions
 * the build uses.
 */
class DockerComposeTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private final Map<String, Object> compose = load(Checkout.root().resolve("docker-compose.yml"));

    @ParameterizedTest
    @CsvSource({ "ingest-service, INGEST_PORT", "stream-processor, PROCESSOR_PORT", "search-api, SEARCH_PORT",
            "outbox-sender, OUTBOX_PORT" })
    void everyServiceIsWiredWithTheVariablesItReads(String service, String portVariable) throws IOException {
        Map<String, String> read = variablesRead(service);
        Map<String, Object> definition = service(service);
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) definition.get("environment");

        assertThat(read).containsKeys(portVariable, "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(read.keySet()).as("variables compose sets must be read by " + service)
                .containsAll(environment.keySet());
        assertThat(environment).containsKeys(portVariable, "KAFKA_BOOTSTRAP_SERVERS");
        String port = String.valueOf(environment.get(portVariable));
        assertThat(port).isEqualTo(read.get(portVariable));
        assertThat(String.valueOf(definition.get("ports"))).isEqualTo("[" + port + ":" + port + "]");
        assertThat(definition).containsKey("healthcheck");
        assertThat(String.valueOf(definition.get("healthcheck"))).contains("localhost:" + port + "/actuator/health");
    }

    @Test
    void theSearchApiReachesElasticsearch() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service("search-api").get("environment");
        assertThat(variablesRead("search-api")).containsKey("ELASTICSEARCH_URL");
        assertThat(environment.get("ELASTICSEARCH_URL")).isEqualTo("http://elasticsearch:9200");
    }

    @ParameterizedTest
    @CsvSource({ "ingest-service", "stream-processor", "search-api", "outbox-sender", "units" })
    void mountsTheJarTheBuildWrites(String service) {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service(service).get("volumes");
        String jar = volumes.stream().filter(v -> v.contains(".jar")).findFirst().orElseThrow().split(":")[0];
        assertThat(Checkout.root().resolve(jar.substring(2))).as("built by ./mvnw package").isRegularFile();
    }

    @Test
    void usesTheOfficialImagesOfTheVersionsTheBuildRuns() {
        Distribution versions = Distribution.fromBuild();
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + versions.kafkaVersion());
        assertThat(service("elasticsearch").get("image"))
                .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + versions.elasticsearchVersion());
        assertThat(service("keycloak").get("image")).isEqualTo("quay.io/keycloak/keycloak:" + versions.keycloakVersion());
        assertThat(service("kafka")).containsKey("healthcheck");
        assertThat(service("elasticsearch")).containsKey("healthcheck");
        assertThat(service("keycloak")).containsKey("healthcheck");
    }

    @Test
    void keycloakImportsTheDevelopmentRealmTheLocalStackImports() {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) service("keycloak").get("volumes");
        String realm = volumes.stream().filter(v -> v.endsWith("phananh-realm.json:ro")).findFirst().orElseThrow()
                .split(":")[0];
        assertThat(Checkout.root().resolve(realm.substring(2))).isRegularFile()
                .hasSameTextualContentAs(Checkout.root().resolve("local-services/src/main/keycloak/phananh-realm.json"));
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--import-realm");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service("keycloak").get("environment");
        // Every placeholder of the realm file gets a value.
        java.util.regex.Matcher placeholders = VARIABLE.matcher(readRealm());
        while (placeholders.find()) {
            assertThat(environment).containsKey(placeholders.group(1));
        }
    }

    @ParameterizedTest
    @CsvSource({ "ingest-service", "search-api" })
    void theServicesTrustTheRealmTheBrowserSignsInAt(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");
        assertThat(variablesRead(name)).containsKeys("KEYCLOAK_URL", "KEYCLOAK_ISSUER");
        assertThat(environment).containsEntry("KEYCLOAK_URL", "http://keycloak:8180")
                .containsEntry("KEYCLOAK_ISSUER", "http://localhost:8180/realms/phananh");
        assertThat(String.valueOf(service("keycloak").get("command"))).contains("--hostname=http://localhost:8180");
    }

    private static String readRealm() {
        try {
            return Files.readString(Checkout.root().resolve("local-services/src/main/keycloak/phananh-realm.json"));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void hasExactlyTheSixPartsAndTheUnitsSeed() {
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services.keySet()).containsExactlyInAnyOrder("kafka", "elasticsearch", "keycloak", "units",
                "ingest-service", "stream-processor", "search-api", "outbox-sender");
        // Every service reads the units the seed put on units.v1, so none starts before it is done.
        for (String service : List.of("ingest-service", "stream-processor", "search-api", "outbox-sender")) {
            assertThat(String.valueOf(service(service).get("depends_on"))).as(service)
                    .contains("units={condition=service_completed_successfully}");
        }
        assertThat(String.valueOf(service("units").get("command"))).contains("seed, /units/dev");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    /** The environment variables an application.yml reads, with their defaults. */
    private static Map<String, String> variablesRead(String module) throws IOException {
        String yaml = Files.readString(Checkout.root().resolve(module).resolve("src/main/resources/application.yml"));
        Map<String, String> found = new java.util.TreeMap<>();
        Matcher matcher = VARIABLE.matcher(yaml);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    private static Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static Set<String> sorted(Set<String> names) {
        return new TreeSet<>(names);
    }
}
