package vn.phananh.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalServicesTest {

    private final Distribution distribution = Distribution.fromBuild().verified();

    @Test
    void kafkaKeepsItsTopicsAcrossARestartAndLeavesNoProcess() throws Exception {
        LocalKafka kafka = new LocalKafka(distribution, target("kafka-restart"), Ports.free(), Ports.free());
        kafka.start(Duration.ofMinutes(2));
        long pid = kafka.pid();
        try (Admin admin = admin(kafka)) {
            admin.createTopics(Set.of(new NewTopic("survives-restart", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        kafka.stop();
        assertThat(ManagedProcess.groupAlive(pid)).isFalse();

        kafka.start(Duration.ofMinutes(2));
        try (Admin admin = admin(kafka)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("survives-restart");
        }
        long second = kafka.pid();
        kafka.stop();
        assertThat(ManagedProcess.groupAlive(second)).isFalse();
    }

    @Test
    void refusesASecondBrokerOnTheSamePorts() {
        try (LocalKafka kafka = new LocalKafka(distribution, target("kafka-twice"), Ports.free(), Ports.free())) {
            kafka.start(Duration.ofMinutes(2));
            LocalKafka second = new LocalKafka(distribution, target("kafka-twice"), kafka.port(), Ports.free());
            assertThatThrownBy(() -> second.start(Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already in use");
        }
    }

    @Test
    void elasticsearchBecomesHealthyAndStopsCompletely() {
        LocalElasticsearch node = new LocalElasticsearch(distribution, target("es"), Ports.free(), Ports.free());
        node.start(Duration.ofMinutes(3));
        long pid = node.pid();
        assertThat(node.isHealthy()).isTrue();
        node.stop();
        assertThat(ManagedProcess.groupAlive(pid)).isFalse();
        assertThat(node.isHealthy()).isFalse();
    }

    @Test
    void keycloakImportsTheRealmAndIssuesTokensWithRolesUnitsAndAudience() {
        KeycloakSettings settings = KeycloakSettings.fromEnvironment(Map.of(), "http://127.0.0.1:1");
        try (LocalKeycloak keycloak = new LocalKeycloak(distribution, target("keycloak"), Ports.free(), Ports.free(),
                settings)) {
            keycloak.start(Duration.ofMinutes(5));
            long pid = keycloak.pid();
            KeycloakTokens tokens = new KeycloakTokens(keycloak.issuer());
            Map<String, Object> claims = claims(tokens.password("staff-hung-cuong", "phananh-dev").accessToken());
            assertThat(claims).containsEntry("iss", keycloak.issuer()).containsEntry("aud", "phananh-api")
                    .containsEntry("preferred_username", "staff-hung-cuong").containsKey("sub");
            assertThat(claims.get("roles")).asList().containsExactly("staff");
            assertThat(claims.get("groups")).asList().containsExactly("/units/xa-hung-cuong");
            assertThat(claims(tokens.password("supervisor", "phananh-dev").accessToken()).get("groups")).asList()
                    .containsExactlyInAnyOrder("/units/xa-hung-cuong", "/units/phuong-thach-thang");
            assertThatThrownBy(() -> tokens.password("staff-hung-cuong", "sai-mat-khau"))
                    .hasMessageContaining("invalid_grant");

            // What ./pipeline unit add does for a new commune: its group, a desk device, a clerk.
            KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), settings.adminClientSecret());
            admin.ensureDeskClient("desk-xa-moi", "desk-secret-xa-moi-not-real", "xa-moi");
            admin.ensureUser("staff-xa-moi", "mat-khau-xa-moi-dev", false, "staff", java.util.List.of("/units/xa-moi"));
            assertThat(claims(tokens.password("staff-xa-moi", "mat-khau-xa-moi-dev").accessToken()).get("groups"))
                    .asList().containsExactly("/units/xa-moi");
            Map<String, Object> desk = claims(tokens.clientCredentials("desk-xa-moi", "desk-secret-xa-moi-not-real")
                    .accessToken());
            assertThat(desk).containsEntry("azp", "desk-xa-moi").containsEntry("aud", "phananh-api");
            assertThat(desk).doesNotContainKey("realm_access");
            assertThat(desk.get("roles")).asList().contains("desk");
            assertThat(desk.get("groups")).asList().containsExactly("/units/xa-moi");
            keycloak.stop();
            assertThat(ManagedProcess.groupAlive(pid)).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String jwt) {
        byte[] payload = java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(payload, Map.class);
    }


    @Test
    void handsOutDistinctPortsBelowTheEphemeralRange() {
        int ephemeralStart = Ports.ephemeralRange()[0];
        java.util.List<Integer> ports = java.util.stream.IntStream.range(0, 300).map(i -> Ports.free()).boxed().toList();

        assertThat(ports).doesNotHaveDuplicates().allMatch(port -> port < ephemeralStart && !Ports.inUse(port));
    }

    @Test
    void tellsWhichDirectoryTheElasticsearchUserCannotEnter() throws Exception {
        Path closed = target("closed");
        Path inside = java.nio.file.Files.createDirectories(closed.resolve("checkout/target"));
        java.nio.file.Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try {
            assertThat(Users.firstClosedTo(LocalElasticsearch.SERVICE_USER, inside)).isEqualTo(closed.toAbsolutePath());
            assertThatThrownBy(() -> Users.requireReachable(LocalElasticsearch.SERVICE_USER, inside))
                    .hasMessageContaining("chmod o+x " + closed.toAbsolutePath());
        }
        finally {
            java.nio.file.Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(Users.firstClosedTo(LocalElasticsearch.SERVICE_USER, inside))
                .as("the checkout must be reachable by %s, who runs Elasticsearch", LocalElasticsearch.SERVICE_USER).isNull();
    }

    /**
     * A group whose only member is a zombie (exited, its parent never reaps it: what a killed
     * server's children become in a container whose PID 1 does not reap) is not alive, or a stop
     * would wait for it forever and a test would see a server that never stops.
     */
    @Test
    void aGroupOfZombiesIsNotAlive() throws Exception {
        Process parent = new ProcessBuilder("perl", "-e",
                "$| = 1; my $pid = fork(); if ($pid == 0) { setpgrp(0, 0); exit 0 } print \"$pid\\n\"; sleep 120")
                .redirectErrorStream(true).start();
        try {
            long child = Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))
                    .readLine().trim());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> java.nio.file.Files
                    .readString(Path.of("/proc", Long.toString(child), "stat")).contains(") Z "));

            assertThat(new ProcessBuilder("kill", "-0", "--", "-" + child).start().waitFor())
                    .as("kill -0 still sees the zombie's group").isZero();
            assertThat(ManagedProcess.groupAlive(child)).isFalse();
        }
        finally {
            parent.destroyForcibly().waitFor();
        }
    }

    private static Path target(String name) {
        return Path.of("target/local-services-test", name + "-" + ProcessHandle.current().pid());
    }

    private static Admin admin(LocalKafka kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
