package vn.phananh.e2e.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phananh.e2e.RunningPipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 §2 in a real headless Chromium against the same started pipeline as
 * {@link WebPagesBrowserTest} ({@link RunningPipeline#shared()}, demo data included): the trend
 * chart's drill-down and the sortable table, the live feed of new feedback, inbox paging, the CSV
 * export, a near-duplicate cluster answered once, the periodic report, the tracking page and the
 * desk rating. Messages go in through the ingest service; screenshots under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebFeaturesBrowserTest {

    private static final String PASSWORD = "phananh-dev";
    private static final String KEY_HUNG_CUONG = "pa_test_key_not_real_xa_hung_cuong";
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private RunningPipeline pipeline;

    @BeforeAll
    void pipeline() throws Exception {
        pipeline = RunningPipeline.shared();
    }

    @Test
    @Order(1)
    void aBarOfTheTrendPanelsOpensTheSearchOfItsTopicAndDay() {
        try (Browser browser = signedIn("supervisor")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/supervisor?days=30");
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("trend-panels")));
            List<WebElement> bars = driver.findElements(By.cssSelector("#trend-panels rect[data-test=trend-bar]"));
            assertThat(bars.stream().mapToLong(b -> Long.parseLong(b.getDomAttribute("data-count"))).sum())
                    .as("demo data in the panels").isGreaterThan(50);
            assertThat(driver.findElements(By.cssSelector("[data-test=rising-row] svg[data-test=sparkline]"))
                    .size()).isEqualTo(driver.findElements(By.cssSelector("[data-test=rising-row]")).size());
            assertThat(driver.findElements(By.cssSelector("#channel-table [data-test=channel-row]"))).isNotEmpty();
            browser.screenshot("11-supervisor-trends");

            // The accountability table sorts by a column on a click, and back on a second.
            WebElement received = driver.findElement(By.cssSelector("#accountability-table [data-test=sort-1]"));
            received.click();
            assertThat(received.findElement(By.xpath("..")).getDomAttribute("aria-sort")).isEqualTo("ascending");
            List<Long> ascending = column(driver, "received");
            assertThat(ascending).isSorted();
            received.click();
            assertThat(column(driver, "received")).isEqualTo(ascending.reversed());

            WebElement busiest = bars.stream().max(java.util.Comparator.comparingLong(
                    b -> Long.parseLong(b.getDomAttribute("data-count")))).orElseThrow();
            String topic = busiest.getDomAttribute("data-topic");
            long count = Long.parseLong(busiest.getDomAttribute("data-count"));
            String href = busiest.findElement(By.xpath("..")).getDomAttribute("href");
            driver.get(pipeline.webUrl() + href);
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("search-form")));
            assertThat(driver.getCurrentUrl()).contains("topic=" + topic, "from=", "to=");
            assertThat(driver.findElements(By.cssSelector("#active-filters"))).isNotEmpty();
            assertThat(driver.findElements(By.cssSelector("[data-test=result-row]"))).as("the bar counted %d", count).isNotEmpty();
            browser.screenshot("12-drill-down-search");
        }
    }

    @Test
    @Order(2)
    void newFeedbackRaisesTheInboxLiveCountWithoutReload() throws Exception {
        try (Browser browser = signedIn("staff-hung-cuong")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/staff");
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("live-status")).getText().contains("Đang nhận"));
            browser.driver.executeScript("window.__sameDocument = 'yes';");
            String id = send("live-" + run, "Nắp hố ga trước chợ Hùng Cường bị vỡ, xe máy dễ sa xuống (" + run + ").");
            WebElement item = browser.waitFor(PIPELINE_WAIT,
                    d -> d.findElement(By.cssSelector("#live-items [data-live-id='" + id + "']")));
            assertThat(item.getText()).contains("Nắp hố ga trước chợ Hùng Cường");
            assertThat(Integer.parseInt(driver.findElement(By.id("live-count")).getText())).isGreaterThanOrEqualTo(1);
            assertThat(browser.driver.executeScript("return window.__sameDocument;")).as("no reload").isEqualTo("yes");
            browser.screenshot("13-inbox-live-feed");
        }
    }

    @Test
    @Order(3)
    void theInboxPagesByCursor() {
        try (Browser browser = signedIn("staff-hung-cuong")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/staff?size=10");
            List<String> first = rows(driver);
            assertThat(first).hasSize(10);
            driver.findElement(By.id("next-page")).click();
            browser.waitFor(Duration.ofSeconds(15), d -> d.getCurrentUrl().contains("cursor="));
            List<String> second = rows(driver);
            assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
            assertThat(driver.getCurrentUrl()).contains("size=10");
            browser.screenshot("14-inbox-page-2");
        }
    }

    @Test
    @Order(4)
    void theExportButtonDownloadsTheSearchAsCsv() {
        try (Browser browser = signedIn("staff-hung-cuong")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/staff/search?q=" + run);
            WebElement button = browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("export-csv")));
            assertThat(button.getDomAttribute("href")).startsWith("/staff/search/export.csv?").contains(run);
            browser.screenshot("15-search-export-button");
            // What the browser downloads from the button, fetched with the page's own session.
            Object csv = browser.driver.executeAsyncScript(
                    "var done = arguments[0]; fetch(document.getElementById('export-csv').href)"
                            + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + r.headers.get('content-type') + '\\n' + t); }); });");
            String text = String.valueOf(csv);
            assertThat(text).startsWith("200 text/csv").contains(run).doesNotContain("0912 345 678");
            assertThat(text.lines().count()).as("a header and the one matching row").isEqualTo(3);
        }
    }

    @Test
    @Order(5)
    void aNearDuplicateClusterIsAnsweredOnceAndEachCitizenGetsTheAnswer() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(send("dup-" + run + "-" + i, "Đèn chiếu sáng đường liên thôn Hùng Cường đoạn qua cầu Khỉ tắt cả tuần nay, "
                    + "buổi tối đi lại rất nguy hiểm, đề nghị xã sửa " + run + (i > 1 ? " (người " + i + ")" : "")));
        }
        String answer = "Xã đã thay bóng đèn đoạn đường qua cầu Khỉ (" + run + ").";
        try (Browser browser = signedIn("staff-hung-cuong")) {
            WebDriver driver = browser.driver;
            WebElement count = browser.waitFor(PIPELINE_WAIT, d -> {
                d.get(pipeline.webUrl() + "/staff/feedback/" + ids.getLast());
                List<WebElement> found = d.findElements(By.cssSelector("#cluster-count[data-count='3']"));
                return found.isEmpty() ? null : found.getFirst();
            });
            assertThat(count.getText()).contains("3 người cùng phản ánh");
            browser.screenshot("16-cluster-before-answer");
            driver.findElement(By.id("cluster-answer-textarea")).sendKeys(answer);
            driver.findElement(By.id("cluster-answer-submit")).click();
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("flash")));
            for (String id : ids) {
                await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    JsonNode f = json.readTree(get("/api/v1/feedback/" + id, "staff-hung-cuong").body());
                    return "ANSWERED".equals(f.path("status").asString()) && f.path("answer").path("text").asString("").equals(answer);
                });
            }
            driver.get(pipeline.webUrl() + "/staff/feedback/" + ids.getFirst());
            assertThat(driver.findElement(By.id("answer-text")).getText()).isEqualTo(answer);
            browser.screenshot("16b-cluster-answered");
        }
    }

    @Test
    @Order(6)
    void theReportPageShowsTheUnitsPeriod() {
        try (Browser browser = signedIn("supervisor")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/so-ket");
            browser.waitFor(Duration.ofSeconds(30), d -> d.findElement(By.id("report-title")));
            assertThat(driver.getCurrentUrl()).contains("/so-ket/", "period=");
            assertThat(driver.findElement(By.id("report-unit-name")).getText()).isNotBlank();
            assertThat(driver.findElement(By.id("report-pdf")).getDomAttribute("href")).contains("/pdf");
            browser.screenshot("17-report");
        }
    }

    @Test
    @Order(7)
    void theCitizenTracksTheFeedbackAndRatesTheAnswerAndTheClerkRecordsADeskRating() throws Exception {
        String id = send("track-" + run, "Cây xanh trước trường tiểu học Hùng Cường nghiêng, sắp đổ (" + run + ").");
        await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/api/v1/feedback/" + id, "staff-hung-cuong").statusCode() == 200);
        String code = json.readTree(get("/api/v1/feedback/" + id, "staff-hung-cuong").body()).path("trackingCode").asString();
        assertThat(code).isNotBlank();
        try (Browser browser = signedIn("staff-hung-cuong")) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/staff/feedback/" + id);
            driver.findElement(By.id("answer-textarea")).sendKeys("Xã đã cắt tỉa cây xanh trước trường (" + run + ").");
            driver.findElement(By.id("answer-submit")).click();
            browser.waitFor(PIPELINE_WAIT, d -> {
                d.navigate().refresh();
                return d.findElement(By.id("desk-rating-form"));
            });
            driver.findElement(By.id("desk-rating-yes")).click();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("desk-rating-score"))).selectByValue("4");
            browser.screenshot("19-desk-rating-form");
            driver.findElement(By.id("desk-rating-submit")).click();
            assertThat(browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("flash"))).getText())
                    .contains("Đã ghi nhận đánh giá");
        }
        try (Browser phone = Browser.open(true)) {
            WebDriver driver = phone.driver;
            driver.get(pipeline.webUrl() + "/tra-cuu");
            driver.findElement(By.id("ma")).sendKeys(code.toLowerCase());
            driver.findElement(By.id("track-submit")).click();
            WebElement tracked = phone.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.cssSelector("[data-test=tracked]")));
            assertThat(tracked.getText()).contains("Cây xanh trước trường", "Xã đã cắt tỉa cây xanh");
            driver.findElement(By.id("rating-no")).click();
            driver.findElement(By.id("rating-comment")).sendKeys("Cây vẫn còn nghiêng");
            phone.screenshot("18-tracking-page-phone");
            driver.findElement(By.id("rating-submit")).click();
            assertThat(phone.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("flash"))).getText())
                    .contains("Cảm ơn bạn đã đánh giá");
            phone.waitFor(PIPELINE_WAIT, d -> {
                d.navigate().refresh();
                return d.findElement(By.cssSelector("[data-test=tracked-rating]"));
            });
            assertThat(driver.getPageSource()).doesNotContain("0912 345 678");
            phone.screenshot("18b-tracking-page-rated");
        }
    }

    private Browser signedIn(String user) {
        Browser browser = Browser.open(false);
        browser.driver.get(pipeline.webUrl() + "/login");
        browser.logIn(user, PASSWORD);
        return browser;
    }

    private static List<String> rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#inbox [data-test=inbox-row]")).stream()
                .map(r -> r.getDomAttribute("data-feedback-id")).toList();
    }

    private static List<Long> column(WebDriver driver, String cell) {
        return driver.findElements(By.cssSelector("#accountability-table tbody [data-test=" + cell + "]")).stream()
                .map(c -> Long.parseLong(c.getText().strip())).toList();
    }

    /** Sends one message of xa-hung-cuong through the ingest service's integration API; its feedbackId. */
    private String send(String messageId, String text) throws Exception {
        var body = json.createObjectNode().put("messageId", messageId).put("text", text);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/messages"))
                .header("X-Api-Key", KEY_HUNG_CUONG).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 202);
        return json.readTree(response.body()).get("feedbackId").asString();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + path))
                .header("Authorization", "Bearer " + pipeline.accessToken(user, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
