package vn.phananh.e2e.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phananh.e2e.RunningPipeline;
import vn.phananh.e2e.ServiceLogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages in a real headless Chromium against the whole pipeline as the README starts it
 * ({@code ./pipeline up}, demo data included; {@link RunningPipeline#shared()}): every message goes in through the ingest service,
 * through Kafka and the stream processor, into Elasticsearch; every answer goes back the same way.
 * Screenshots of each page are saved under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPagesBrowserTest {

    private static final String PASSWORD = "phananh-dev";
    private static final String KEY_HUNG_CUONG = "pa_test_key_not_real_xa_hung_cuong";
    private static final String KEY_TWO_UNITS = "pa_test_key_not_real_two_units";
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private RunningPipeline pipeline;
    private String feedbackId;
    private String answer;
    /** Every text this class sent through the pipeline itself, for the log scan at the end. */
    private final List<String> sent = new java.util.ArrayList<>();

    @BeforeAll
    void startPipelineWithDemoDataAndOneKnownMessage() throws Exception {
        pipeline = RunningPipeline.shared();

        feedbackId = sendApiMessage(KEY_HUNG_CUONG, null, "web-" + run,
                "Cống thoát nước ở xóm Bến Đò bị tắc nghẽn lâu ngày, nước thải tràn ra đường, mùi hôi lắm. "
                        + "Cần thì gọi tôi 0912 345 678.");
        awaitSearchable(feedbackId, "staff-hung-cuong");
    }

    @Test
    @Order(1)
    void staffSearchesWithoutDiacriticsAndOpensTheRightFeedback() {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.screenshot("01-login");
            driver.findElement(By.id("login-link")).click();
            waitFor(driver, d -> d.findElement(By.id("kc-form-login")));
            browser.screenshot("01b-keycloak-login");
            browser.logIn("staff-hung-cuong", PASSWORD);
            waitFor(driver, d -> d.findElement(By.id("inbox")));
            assertThat(driver.findElements(By.cssSelector("[data-test=inbox-row]"))).as("demo data in the inbox").isNotEmpty();
            browser.screenshot("02-staff-inbox");

            driver.get(pipeline.webUrl() + "/staff/search");
            WebElement box = driver.findElement(By.id("search-q"));
            box.sendKeys("cong thoat nuoc xom ben do bi tac");
            driver.findElement(By.id("search-submit")).click();
            WebElement row = waitFor(driver, d -> d.findElement(By.cssSelector("[data-test=result-row][data-feedback-id='" + feedbackId + "']")));
            browser.screenshot("03-staff-search-without-diacritics");

            row.findElement(By.tagName("a")).click();
            waitFor(driver, d -> d.findElement(By.cssSelector("#main[data-feedback-id='" + feedbackId + "']")));
            String text = driver.findElement(By.id("feedback-text")).getText();
            assertThat(text).contains("Cống thoát nước ở xóm Bến Đò").doesNotContain("0912").doesNotContain("345 678");
            browser.screenshot("04-staff-feedback");
        }
    }

    @Test
    @Order(2)
    void anAnswerGivenOnTheFeedbackPageAppearsOnThePublicPage() {
        answer = "UBND xã đã cử tổ công tác khơi thông cống xóm Bến Đò ngày hôm nay (" + run + ").";
        sent.add(answer);
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn("staff-hung-cuong", PASSWORD);
            driver.get(pipeline.webUrl() + "/staff/feedback/" + feedbackId);
            driver.findElement(By.id("answer-textarea")).sendKeys(answer);
            driver.findElement(By.id("answer-submit")).click();
            WebElement flash = waitFor(driver, d -> d.findElement(By.id("flash")));
            assertThat(flash.getText()).contains("Đã gửi");

            // The answer travels through Kafka and the stream processor back into the index.
            waitFor(driver, PIPELINE_WAIT, d -> {
                d.navigate().refresh();
                return d.findElement(By.cssSelector("#feedback-status[data-status=ANSWERED]"));
            });
            browser.screenshot("05-staff-feedback-answered");
        }
        try (Browser phone = Browser.open(true)) {
            WebDriver driver = phone.driver;
            driver.get(pipeline.webUrl() + "/cong-khai/xa-hung-cuong");
            WebElement published = waitFor(driver, PIPELINE_WAIT, d -> {
                d.navigate().refresh();
                return d.findElement(By.cssSelector("[data-test=public-answer][data-feedback-id='" + feedbackId + "']"));
            });
            assertThat(published.getText()).contains(answer).doesNotContain("0912").doesNotContain("345 678");
            assertThat(driver.findElements(By.cssSelector("[data-test=unit-record]"))).isNotEmpty();
            assertThat(driver.getPageSource()).doesNotContain("0912 345 678");
            phone.screenshot("06-public-page-phone");
        }
    }

    @Test
    @Order(3)
    void staffOfAnotherUnitCannotOpenIt() {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn("staff-thach-thang", PASSWORD);
            driver.get(pipeline.webUrl() + "/staff/feedback/" + feedbackId);
            WebElement error = waitFor(driver, d -> d.findElement(By.id("error-page")));
            assertThat(error.getAttribute("data-status")).isEqualTo("404");
            assertThat(driver.getPageSource()).doesNotContain("Bến Đò");
            browser.screenshot("07-other-unit-not-found");

            driver.get(pipeline.webUrl() + "/staff/search?q=cong+thoat+nuoc+xom+ben+do");
            waitFor(driver, d -> d.findElement(By.id("search-form")));
            assertThat(driver.findElements(By.cssSelector("[data-feedback-id='" + feedbackId + "']"))).isEmpty();
        }
    }

    @Test
    @Order(4)
    void theSupervisorsChartRendersTheDemoData() {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn("supervisor", PASSWORD);
            driver.get(pipeline.webUrl() + "/supervisor?days=30");
            waitFor(driver, d -> d.findElement(By.cssSelector("#trend-panels")));
            List<WebElement> points = driver.findElements(By.cssSelector("#trend-panels rect[data-test=trend-bar]"));
            long total = points.stream().mapToLong(p -> Long.parseLong(p.getAttribute("data-count"))).sum();
            assertThat(total).as("feedback counted in the chart").isGreaterThan(50);
            assertThat(points.stream().map(p -> p.getAttribute("data-date")).distinct().count())
                    .as("days with feedback: the demo spreads over weeks").isGreaterThan(7);
            assertThat(driver.findElements(By.cssSelector("#accountability-table [data-unit]"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(driver.findElements(By.cssSelector("#places-table [data-place-id]"))).isNotEmpty();
            browser.screenshot("08-supervisor-dashboard");
        }
    }

    @Test
    @Order(5)
    void aSpikeAlertAppearsOnTheDashboardWithoutReload() throws Exception {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn("supervisor", PASSWORD);
            driver.get(pipeline.webUrl() + "/supervisor");
            waitFor(driver, d -> d.findElement(By.id("alerts")));
            browser.driver.executeScript("window.__sameDocument = 'yes';");

            // Eight people report rubbish piling up in one ward within a minute: a spike of one topic.
            for (int i = 1; i <= 8; i++) {
                sendApiMessage(KEY_TWO_UNITS, "phuong-thach-thang", "spike-" + run + "-" + i,
                        "Rác thải sinh hoạt ùn ứ bốc mùi hôi thối ở tổ dân phố " + i
                                + ", mấy ngày nay không có xe thu gom rác, đề nghị phường xử lý.");
            }
            WebElement alert = waitFor(driver, PIPELINE_WAIT,
                    d -> d.findElement(By.cssSelector("#alerts li[data-alert-id^='spike:phuong-thach-thang:ENVIRONMENT']")));
            assertThat(alert.getText()).isNotBlank();
            assertThat(browser.driver.executeScript("return window.__sameDocument;")).as("no reload").isEqualTo("yes");
            browser.screenshot("09-supervisor-live-spike-alert");
        }
    }

    @Test
    @Order(6)
    void theDeskFormRecordsAVisitorsFeedback() throws Exception {
        String text = "Bà Lan ở thôn Đông Tiến phản ánh đèn đường trước nhà văn hóa hỏng đã hai tuần (" + run + ").";
        sent.add(text);
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn("staff-hung-cuong", PASSWORD);
            driver.get(pipeline.webUrl() + "/staff/desk");
            driver.findElement(By.id("desk-text")).sendKeys(text);
            driver.findElement(By.id("desk-name")).sendKeys("Nguyễn Thị Lan");
            browser.screenshot("10-staff-desk-form");
            driver.findElement(By.id("desk-submit")).click();
            waitFor(driver, d -> d.findElement(By.id("flash")));
        }
        JsonNode found = awaitSearch("staff-hung-cuong", run + " den duong nha van hoa");
        assertThat(found.get("channel").asString()).isEqualTo("DESK");
    }

    /**
     * After the whole demo load (720 messages through every channel, staff actions, a spike) and
     * this class's own messages, answers and desk form: every service logged JSON lines, lines
     * about a message name its feedbackId and unit as fields, and no line holds a text, a piece of
     * personal data or a phone number.
     */
    @Test
    @Order(7)
    void theServicesLoggedEverythingAsJsonWithoutATextOrAPhoneNumber() throws Exception {
        ServiceLogs logs = ServiceLogs.read(pipeline.dataDir().resolve("logs"));
        java.util.Set<String> secrets = new java.util.LinkedHashSet<>(ServiceLogs.demoSecrets());
        secrets.addAll(ServiceLogs.secretsOf(sent, List.of("Nguyễn Thị Lan", "0912 345 678")));

        assertThat(logs.leaks(secrets)).isEmpty();
        for (String service : ServiceLogs.SERVICES) {
            List<ServiceLogs.Line> lines = logs.of(service);
            // The web app handles no message itself: it logs its start and what it forwards (the desk form).
            assertThat(lines).as(service).filteredOn(l -> l.json() != null).hasSizeGreaterThan(service.equals("web-app") ? 10 : 20)
                    .allSatisfy(l -> assertThat(l.field("@timestamp")).as(l.raw()).isNotBlank())
                    .anySatisfy(l -> {
                        assertThat(l.field("feedbackId")).as(service + " names a message").isNotBlank();
                        assertThat(l.field("unit")).as(service + " names its unit").isNotBlank();
                    });
            // Only the JVM's own warnings, printed before logging starts, may be plain text.
            assertThat(logs.plainText().getOrDefault(service, List.of())).as(service)
                    .allMatch(line -> line.startsWith("WARNING: "));
        }
    }

    private static <T> T waitFor(WebDriver driver, Function<WebDriver, T> condition) {
        return waitFor(driver, Duration.ofSeconds(15), condition);
    }

    private static <T> T waitFor(WebDriver driver, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofSeconds(2)).until(condition::apply);
    }

    /** Sends one message through the integration API and returns the feedbackId it was given. */
    private String sendApiMessage(String key, String unit, String messageId, String text) throws Exception {
        sent.add(text);
        var body = json.createObjectNode().put("messageId", messageId).put("text", text);
        if (unit != null) {
            body.put("unitCode", unit);
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/messages"))
                .header("X-Api-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return json.readTree(response.body()).get("feedbackId").asString();
    }

    private void awaitSearchable(String id, String user) {
        await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/v1/feedback/" + id, user).statusCode() == 200);
    }

    private JsonNode awaitSearch(String user, String q) {
        return await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> response = get("/api/v1/feedback?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8), user);
            if (response.statusCode() == 200) {
                for (JsonNode item : json.readTree(response.body()).path("items")) {
                    if (item.path("maskedText").asString("").contains(run)) {
                        return item;
                    }
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + path))
                .header("Authorization", "Bearer " + pipeline.accessToken(user, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
