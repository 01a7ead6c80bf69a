package vn.phananh.e2e.labels;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.phananh.e2e.RunningPipeline;
import vn.phananh.e2e.web.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A clerk corrects a topic on the feedback page of the running pipeline ({@link RunningPipeline#shared()},
 * demo data included) and the search facets follow; then {@code ./pipeline retrain} learns from the
 * correction and {@code ./pipeline reclassify} replays the raw topic through the model in force, and the
 * answered feedback keeps its status, its answer and the clerk's topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabelCorrectionsEndToEndTest {

    private static final String PASSWORD = "phananh-dev";
    private static final String STAFF = "staff-hung-cuong";
    private static final String KEY_HUNG_CUONG = "pa_test_key_not_real_xa_hung_cuong";
    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(90);
    private static final Pattern RESULT = Pattern.compile("^RESULT (.*)$", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private RunningPipeline pipeline;
    private String feedbackId;
    private String machineTopic;
    private String staffTopic;

    @BeforeAll
    void oneMessageThroughTheIntegrationApi() throws Exception {
        pipeline = RunningPipeline.shared();
        var body = json.createObjectNode().put("messageId", "labels-" + run)
                .put("text", "Đèn chiếu sáng đường liên thôn trước trường tiểu học thôn Đông Tiến hỏng cả tháng nay, "
                        + "tối các cháu đi học về rất nguy hiểm, mong xã cho sửa sớm (" + run + ").");
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/messages"))
                .header("X-Api-Key", KEY_HUNG_CUONG).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isBetween(200, 202);
        feedbackId = json.readTree(accepted.body()).get("feedbackId").asString();
        JsonNode indexed = await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofMillis(500)).until(this::feedback, f -> f != null);
        machineTopic = indexed.get("topic").asString();
        staffTopic = machineTopic.equals("EDUCATION") ? "SECURITY_ORDER" : "EDUCATION";
    }

    @Test
    @Order(1)
    void aClerkCorrectsTheTopicOnTheFeedbackPageAndTheSearchFacetsFollow() throws Exception {
        try (Browser browser = Browser.open(false)) {
            WebDriver driver = browser.driver;
            driver.get(pipeline.webUrl() + "/login");
            browser.logIn(STAFF, PASSWORD);
            driver.get(pipeline.webUrl() + "/staff/feedback/" + feedbackId);
            assertThat(driver.findElement(By.cssSelector("[data-test=topic]")).getAttribute("data-code")).isEqualTo(machineTopic);
            new Select(driver.findElement(By.id("label-topic"))).selectByValue(staffTopic);
            browser.screenshot("labels-01-correcting-the-topic");
            driver.findElement(By.id("labels-submit")).click();
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.id("flash")));

            // The correction travels through Kafka and the stream processor back into the index.
            WebElement topic = browser.waitFor(PIPELINE_WAIT, d -> {
                d.navigate().refresh();
                return d.findElement(By.cssSelector("[data-test=topic][data-code='" + staffTopic + "']"));
            });
            assertThat(topic.isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector("#label-history [data-test=label-step]"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-test=topic-by-staff]"))).hasSize(1);
            assertThat(driver.findElement(By.id("label-history")).getText()).contains(STAFF);
            browser.screenshot("labels-02-corrected-topic-and-history");

            // The search for this message's run tag, narrowed by the clerk's topic, finds it; by the machine's, not.
            driver.get(pipeline.webUrl() + "/staff/search?q=" + run);
            WebElement facet = browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(
                    By.cssSelector("#facets [data-facet=topic] a[data-test=facet-link][href*='topic=" + staffTopic + "']")));
            assertThat(driver.findElements(By.cssSelector("#facets [data-facet=topic] a[href*='topic=" + machineTopic + "']")))
                    .as("no facet for the machine's topic any more").isEmpty();
            facet.click();
            browser.waitFor(Duration.ofSeconds(15), d -> d.findElement(By.cssSelector("[data-test=result-row][data-feedback-id='" + feedbackId + "']")));
            browser.screenshot("labels-03-search-narrowed-by-the-corrected-topic");
        }
        JsonNode facets = json.readTree(api("/api/v1/feedback?q=" + run + "&topic=" + machineTopic).body());
        assertThat(facets.get("total").asLong()).isZero();
    }

    @Test
    @Order(2)
    void retrainLearnsFromTheCorrectionAndReclassifyKeepsStatusAnswerAndTheClerksTopic() throws Exception {
        HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + "/api/v1/feedback/" + feedbackId + "/answer"))
                .header("Authorization", "Bearer " + pipeline.accessToken(STAFF, PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Xã đã thay bóng đèn đường liên thôn (" + run + ").\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(202);
        await().atMost(PIPELINE_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> "ANSWERED".equals(feedback().path("status").asString()));

        RunningPipeline.Result retrain = pipeline.run("retrain");
        assertThat(retrain.exitCode()).as(retrain.output()).isIn(0, 3);
        String retrained = result(retrain.output());
        System.out.println("[labels] ./pipeline retrain on the demo data: RESULT " + retrained);
        assertThat(retrained).as(retrain.output()).containsPattern("corrections=[1-9]");

        RunningPipeline.Result reclassify = pipeline.run("reclassify");
        assertThat(reclassify.exitCode()).as(reclassify.output()).isZero();
        String reclassified = result(reclassify.output());
        System.out.println("[labels] ./pipeline reclassify on the demo data: RESULT " + reclassified);
        assertThat(reclassified).containsPattern("reclassified_records=[1-9]");

        JsonNode after = feedback();
        assertThat(after.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(after.path("answer").path("text").asString()).contains(run);
        assertThat(after.get("topic").asString()).as("the clerk's topic outlives the replay").isEqualTo(staffTopic);
        java.util.List<String> human = new java.util.ArrayList<>();
        after.path("humanLabels").forEach(label -> human.add(label.asString()));
        assertThat(human).containsExactly("topic");
        assertThat(after.path("labelHistory")).hasSize(1);
    }

    private static String result(String output) {
        Matcher m = RESULT.matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    /** The feedback as the staff API shows it, or null while it is not indexed. */
    private JsonNode feedback() throws Exception {
        HttpResponse<String> response = api("/api/v1/feedback/" + feedbackId);
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    private HttpResponse<String> api(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.searchUrl() + pathAndQuery.replace(" ", "%20")))
                .header("Authorization", "Bearer " + pipeline.accessToken(STAFF, PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
