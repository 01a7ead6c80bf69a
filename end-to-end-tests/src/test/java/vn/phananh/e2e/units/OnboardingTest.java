package vn.phananh.e2e.units;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.e2e.Checkout;
import vn.phananh.e2e.RunningPipeline;
import vn.phananh.e2e.web.Browser;
import vn.phananh.load.channel.ApiClient;
import vn.phananh.load.channel.ApiKey;
import vn.phananh.load.channel.Channels;
import vn.phananh.load.channel.DeskClient;
import vn.phananh.load.channel.Delivery;
import vn.phananh.load.channel.FacebookClient;
import vn.phananh.load.channel.Identity;
import vn.phananh.load.channel.IngestClients;
import vn.phananh.load.channel.JsonHttp;
import vn.phananh.load.channel.UnitAccounts;
import vn.phananh.load.channel.ZaloClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A third commune onboarded on the running pipeline by configuration alone, as an operator does it
 * ({@code ./pipeline unit add units/examples/xa-son-ha.json}), no code change and no rebuild: a
 * unit file with an error is refused naming the field and changes nothing; then its Facebook page
 * and Zalo OA deliver to it, its desk device and integration key work, its places are located with
 * its own gazetteer, its deadline rules apply, and its clerk (made in Keycloak by the same command)
 * signs in and sees only its feedback, while the other units' staff see none of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingTest {

    static final String UNIT = "xa-son-ha";
    static final Path EXAMPLE = Checkout.root().resolve("units/examples/xa-son-ha.json");
    static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = JsonHttp.newClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String apiKey = "pa_son_ha_" + UUID.randomUUID();
    private final String deskSecret = "desk-son-ha-" + UUID.randomUUID();
    private final String firstPassword = "mat-khau-dau-" + UUID.randomUUID().toString().substring(0, 8);
    private final String clerkPassword = "mat-khau-moi-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> delivered = new ArrayList<>();
    private RunningPipeline pipeline;
    private IngestClients clients;
    private UnitAccounts sonHa;

    @BeforeAll
    void pipelineAndSecrets() throws Exception {
        pipeline = RunningPipeline.shared();
        // The operator puts the unit's secrets where the services resolve file: references.
        Path secrets = Files.createDirectories(pipeline.dataDir().resolve("secrets/xa-son-ha"));
        Files.writeString(secrets.resolve("zalo-oa.key"), "oa-secret-son-ha-" + run);
        Files.writeString(secrets.resolve("desk-client.secret"), deskSecret);
        Files.writeString(secrets.resolve("api-key.sha256"), sha256(apiKey));
        Files.writeString(secrets.resolve("staff-xa-son-ha.password"), firstPassword);
        sonHa = new UnitAccounts(UNIT, "304729385610301", "6024926008133882617", "oa-secret-son-ha-" + run,
                "desk-xa-son-ha", deskSecret);
        Channels channels = new Channels("test_app_secret_not_real", "1234567890123456789", List.of(sonHa),
                List.of(new ApiKey("cong-thong-tin-son-ha", apiKey, List.of(UNIT))));
        clients = IngestClients.of(http, URI.create(pipeline.ingestUrl()), channels, Clock.systemUTC(), 0,
                new Identity(http, URI.create(pipeline.keycloakUrl())));
    }

    @Test
    @Order(1)
    void aUnitFileWithAnErrorIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        Path broken = Files.createTempFile(Path.of("target"), "xa-son-ha-broken", ".json");
        Files.writeString(broken, Files.readString(EXAMPLE).replaceAll("\"clientId\": \"desk-xa-son-ha\",\\s*", ""));
        Files.copy(EXAMPLE.resolveSibling("xa-son-ha.gazetteer.json"), broken.resolveSibling("xa-son-ha.gazetteer.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RunningPipeline.Result refused = pipeline.run("unit", "add", broken.toAbsolutePath().toString());

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("channels.desks[0].clientId: required").doesNotContain("Exception");
        assertThat(pipeline.run("unit", "list").output()).contains("xa-hung-cuong", "phuong-thach-thang").doesNotContain(UNIT);
        assertThat(facebook("refused").status()).as("its page belongs to no unit yet").isEqualTo(422);
    }

    @Test
    @Order(2)
    void theUnitIsAddedByItsFileAndItsChannelsDeliverToIt() throws Exception {
        RunningPipeline.Result added = pipeline.run("unit", "add", EXAMPLE.toString());
        assertThat(added.exitCode()).as(added.output()).isZero();
        assertThat(added.output()).contains("unit xa-son-ha revision 1 in force", "staff staff-xa-son-ha",
                "desk mot-cua-xa-son-ha: client desk-xa-son-ha");

        // Each service reads the new unit from units.v1 within a moment: retry until it has.
        delivered.add(await().atMost(PIPELINE_WAIT).until(() -> facebook("fb"), Delivery::accepted).feedbackId());
        delivered.add(accepted(() -> clients.zalo().text(sonHa, new ZaloClient.ZaloText("zalo-" + run, "84" + run.hashCode(),
                null, "Cầu treo Sơn Hà bị gãy một tấm ván, trẻ em đi học rất nguy hiểm, đề nghị xã sửa gấp", Instant.now()))));
        delivered.add(accepted(() -> clients.desk().record(sonHa, new DeskClient.DeskRecord("desk-" + run,
                "Bà Hoa phản ánh chợ Sơn Hà họp lấn ra đường liên thôn gây ách tắc", "Trần Thị Hoa", null, null))));
        delivered.add(accepted(() -> clients.api().send(new ApiKey("cong-thong-tin-son-ha", apiKey, List.of(UNIT)),
                new ApiClient.ApiMessage("api-" + run, null, "Xin hỏi trạm y tế xã có khám bảo hiểm y tế vào thứ bảy không?",
                        "Lê Văn Nam", null))));
        assertThat(delivered).doesNotContainNull().hasSize(4);
    }

    @Test
    @Order(3)
    void itsClerkSignsInOnKeycloakAndTheInboxShowsOnlyTheUnitsFeedback() {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            driver.findElement(By.id("login-link")).click();
            wait(driver).until(d -> d.findElement(By.id("kc-form-login")));
            driver.findElement(By.id("username")).sendKeys("staff-xa-son-ha");
            driver.findElement(By.id("password")).sendKeys(firstPassword);
            driver.findElement(By.id("kc-login")).click();
            // The command made the account with a temporary password: Keycloak asks for a new one first.
            wait(driver).until(d -> d.findElement(By.id("password-new")));
            browser.screenshot("20-onboarded-clerk-chooses-password");
            driver.findElement(By.id("password-new")).sendKeys(clerkPassword);
            driver.findElement(By.id("password-confirm")).sendKeys(clerkPassword);
            driver.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            wait(driver).until(d -> d.findElement(By.id("inbox")));
            Set<String> shown = await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
                driver.navigate().refresh();
                return driver.findElements(By.cssSelector("[data-test=inbox-row]")).stream()
                        .map(row -> row.getAttribute("data-feedback-id")).collect(Collectors.toSet());
            }, ids -> ids.containsAll(delivered));
            assertThat(shown).as("only the unit's own feedback").containsExactlyInAnyOrderElementsOf(delivered);
            browser.screenshot("21-onboarded-clerk-inbox");
        }
    }

    @Test
    @Order(4)
    void itsPlacesAreLocatedWithItsGazetteerAndItsDeadlinesApply() throws Exception {
        String token = pipeline.accessToken("staff-xa-son-ha", clerkPassword);
        JsonNode page = await().atMost(PIPELINE_WAIT).until(() -> search(token, "/api/v1/feedback?size=50"),
                p -> p.path("total").asLong() == delivered.size());
        List<String> places = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            assertThat(item.path("unitCode").asString()).isEqualTo(UNIT);
            places.add(item.path("place").path("id").asString(""));
            Instant opened = Instant.parse(item.path("openedAt").asString());
            Instant due = Instant.parse(item.path("deadline").asString());
            // 0 to 3 working days (xã Sơn Hà's rules), never the 5 to 30 of the other units.
            assertThat(Duration.between(opened, due)).as(item.path("maskedText").asString())
                    .isLessThanOrEqualTo(Duration.ofDays(5).plusHours(18));
        }
        assertThat(places).contains("cau-treo-son-ha", "cho-son-ha", "tram-y-te");
    }

    @Test
    @Order(5)
    void theOtherUnitsStaffSeeNoneOfItAndItsClerkNoneOfTheirs() throws Exception {
        String hungCuong = pipeline.accessToken("staff-hung-cuong", "phananh-dev");
        for (String id : delivered) {
            assertThat(status(hungCuong, "/api/v1/feedback/" + id)).as(id).isEqualTo(404);
        }
        String clerk = pipeline.accessToken("staff-xa-son-ha", clerkPassword);
        JsonNode other = search(clerk, "/api/v1/feedback?unit=xa-hung-cuong&size=5");
        assertThat(other.path("total").asLong()).isZero();
        JsonNode supervisor = search(pipeline.accessToken("supervisor", "phananh-dev"), "/api/v1/feedback?unit=" + UNIT);
        assertThat(supervisor.path("total").asLong()).as("the supervisor oversees the two development units only").isZero();
    }

    private Delivery facebook(String label) {
        return clients.facebook().comment(sonHa, new FacebookClient.FeedComment("cmt-" + label + "-" + run, "post-" + run,
                null, "1000" + Math.abs(run.hashCode()), "Nguyễn Văn Bình",
                "Đường vào thôn Sơn Thủy sạt lở sau mưa lớn, xe máy không qua được", Instant.now()));
    }

    private static String accepted(java.util.concurrent.Callable<Delivery> send) {
        return await().atMost(PIPELINE_WAIT).until(send, Delivery::accepted).feedbackId();
    }

    private JsonNode search(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int status(String token, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(500));
    }

    private static String sha256(String key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    }
}
