package vn.phananh.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WebLoginTest extends WebTestBase {

    @Test
    void showsTheVietnameseLoginPageWithItsFields() {
        WebBrowser.Page login = browser().get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        assertThat(login.body()).contains("<html lang=\"vi\"", "id=\"login-form\"", "id=\"username\"",
                "id=\"password\"", "id=\"login-submit\"", "Đăng nhập", "name=\"_csrf\"");
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPage() {
        WebBrowser browser = browser();
        WebBrowser.Page login = browser.get("/login");
        WebBrowser.Page refused = browser.submit(login, "/login",
                Map.of("username", STAFF_A, "password", "sai-mat-khau"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.locationPath()).isEqualTo("/login?error");
        WebBrowser.Page again = browser.get("/login?error");
        assertThat(again.body()).contains("id=\"login-error\"", "không đúng");
        assertThat(browser.get("/staff").locationPath()).isEqualTo("/login");
    }

    @Test
    void staffLandOnTheInboxAndSupervisorsOnTheDashboard() {
        assertThat(landing(STAFF_A)).isEqualTo("/staff");
        assertThat(landing(SUPERVISOR)).isEqualTo("/supervisor");
        assertThat(landing(ADMIN)).isEqualTo("/supervisor");
    }

    @Test
    void signingInNeedsTheCsrfToken() {
        WebBrowser browser = browser();
        browser.get("/login");
        WebBrowser.Page forged = browser.post("/login", Map.of("username", STAFF_A, "password", "phananh-dev"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Không có quyền truy cập").doesNotContain("Exception");
    }

    @Test
    void pagesNeedTheRightRole() {
        assertThat(browser().get("/staff").locationPath()).isEqualTo("/login");
        assertThat(browser().get("/supervisor").locationPath()).isEqualTo("/login");
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page dashboard = staff.get("/supervisor");
        assertThat(dashboard.status()).isEqualTo(403);
        assertThat(dashboard.body()).contains("data-status=\"403\"", "lang=\"vi\"");
        WebBrowser supervisor = signedIn(SUPERVISOR);
        assertThat(supervisor.get("/staff").status()).isEqualTo(403);
        assertThat(supervisor.get("/staff/search").status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page inbox = staff.get("/staff");
        assertThat(inbox.status()).isEqualTo(200);
        WebBrowser.Page out = staff.submit(inbox, "/logout", Map.of());
        assertThat(out.locationPath()).isEqualTo("/login?logout");
        assertThat(staff.get("/staff").locationPath()).isEqualTo("/login");
    }

    @Test
    void unknownPagesAndTheStartPageAnswerInVietnamese() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page missing = staff.get("/staff/khong-co-trang-nay");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Không tìm thấy trang").doesNotContain("Exception", "\"type\"");
        assertThat(staff.get("/").locationPath()).isEqualTo("/staff");
        assertThat(browser().get("/").locationPath()).isEqualTo("/cong-khai");
    }

    @Test
    void theApiStaysStatelessWithHttpBasic() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String basic = java.util.Base64.getEncoder().encodeToString((STAFF_A + ":phananh-dev").getBytes());
        var ok = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/feedback?size=1"))
                .header("Authorization", "Basic " + basic).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().allValues("Set-Cookie")).isEmpty();
        var anonymous = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/feedback")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/problem+json"));
        assertThat(anonymous.body()).contains("\"type\":\"https://phananh.vn/problems/unauthenticated\"");
    }

    @Test
    void servesTheStylesheetAndScriptWithoutSignIn() {
        WebBrowser.Page css = browser().get("/css/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(browser().get("/js/alerts.js").body()).contains("EventSource");
    }

    private String landing(String user) {
        WebBrowser browser = browser();
        WebBrowser.Page login = browser.get("/login");
        return browser.submit(login, "/login", Map.of("username", user, "password", "phananh-dev")).locationPath();
    }
}
