package vn.phananh.webapp.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.phananh.webapp.OidcSignIn;

import static org.assertj.core.api.Assertions.assertThat;

class WebLoginTest extends WebTestBase {

    @Test
    void showsTheVietnameseLoginPageWithItsLinkToTheRealm() {
        WebBrowser.Page login = browser().get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        assertThat(login.body()).contains("<html lang=\"vi\"", "id=\"login-link\"",
                "href=\"/oauth2/authorization/keycloak\"", "Đăng nhập");
    }

    @Test
    void aProtectedPageSendsTheBrowserToTheRealmWithPkce() {
        WebBrowser browser = browser();
        assertThat(browser.get("/staff").locationPath()).isEqualTo(WebSecurityConfiguration.SIGN_IN);
        String realm = browser.get(WebSecurityConfiguration.SIGN_IN).location();
        assertThat(realm).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?")
                .contains("client_id=phananh-web", "scope=openid", "code_challenge_method=S256", "state=", "nonce=",
                        "redirect_uri=" + browser.base() + "/login/oauth2/code/keycloak");
        WebBrowser.Page loginPage = browser.get(realm);
        assertThat(loginPage.status()).isEqualTo(200);
        assertThat(loginPage.body()).contains("id=\"kc-form-login\"", "lang=\"vi\"");
    }

    @Test
    void aWrongPasswordStaysOnTheRealmsLoginPage() {
        String user = user("staff-sai-mat-khau");
        WebBrowser browser = browser();
        OidcSignIn.Outcome refused = browser.signIn(user, "sai-mat-khau-123");
        assertThat(refused.signedIn()).isFalse();
        assertThat(refused.loginPage()).contains("id=\"kc-form-login\"", "id=\"input-error-username\"",
                "Tên người dùng hoặc mật khẩu không hợp lệ");
        assertThat(browser.get("/staff").locationPath()).isEqualTo(WebSecurityConfiguration.SIGN_IN);
    }

    @Test
    void theRealmLocksAUserOutAfterFiveWrongPasswords() {
        String user = user("staff-khoa-tam-thoi");
        for (int i = 0; i < 5; i++) {
            assertThat(browser().signIn(user, "sai-mat-khau-" + i).signedIn()).as("wrong password " + i).isFalse();
        }
        // Keycloak's brute-force protection: now even the right password is refused for a while.
        OidcSignIn.Outcome locked = browser().signIn(user, PASSWORD);
        assertThat(locked.signedIn()).isFalse();
        assertThat(locked.loginPage()).contains("id=\"kc-form-login\"");
    }

    @Test
    void aCallbackThisBrowserDidNotAskForIsRefused() {
        WebBrowser.Page forged = browser().get("/login/oauth2/code/keycloak?code=gia-mao&state=gia-mao");
        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.locationPath()).isEqualTo("/login?error");
        WebBrowser.Page again = browser().get("/login?error");
        assertThat(again.body()).contains("id=\"login-error\"").doesNotContain("Exception");
    }

    @Test
    void staffLandOnTheInboxAndSupervisorsOnTheDashboard() {
        assertThat(browser().login(STAFF_A, PASSWORD)).isEqualTo("/staff");
        assertThat(browser().login(SUPERVISOR, PASSWORD)).isEqualTo("/supervisor");
        assertThat(browser().login(ADMIN, PASSWORD)).isEqualTo("/supervisor");
    }

    @Test
    void pagesNeedTheRightRole() {
        assertThat(browser().get("/staff").locationPath()).isEqualTo(WebSecurityConfiguration.SIGN_IN);
        assertThat(browser().get("/supervisor").locationPath()).isEqualTo(WebSecurityConfiguration.SIGN_IN);
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page dashboard = staff.get("/supervisor");
        assertThat(dashboard.status()).isEqualTo(403);
        assertThat(dashboard.body()).contains("data-status=\"403\"", "lang=\"vi\"");
        WebBrowser supervisor = signedIn(SUPERVISOR);
        assertThat(supervisor.get("/staff").status()).isEqualTo(403);
        assertThat(supervisor.get("/staff/search").status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionHereAndAtTheRealm() {
        WebBrowser staff = signedIn(STAFF_A);
        WebBrowser.Page inbox = staff.get("/staff");
        assertThat(inbox.status()).isEqualTo(200);
        WebBrowser.Page out = staff.submit(inbox, "/logout", Map.of());
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.location()).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout?")
                .contains("id_token_hint=", "post_logout_redirect_uri=");
        WebBrowser.Page back = staff.get(out.location());
        assertThat(back.location()).isEqualTo(staff.base() + "/login?logout");
        assertThat(staff.get("/login?logout").body()).contains("id=\"logout-message\"");

        assertThat(staff.get("/staff").locationPath()).isEqualTo(WebSecurityConfiguration.SIGN_IN);
        // The realm's session is gone too: signing in asks for the password again.
        WebBrowser.Page realm = staff.get(staff.get(WebSecurityConfiguration.SIGN_IN).location());
        assertThat(realm.status()).isEqualTo(200);
        assertThat(realm.body()).contains("id=\"kc-form-login\"");
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
    void theSearchApiTheseCallsStaysStatelessWithBearerTokensAndTakesNoPasswords() throws Exception {
        var http = HttpClient.newHttpClient();
        URI search = URI.create(searchApiUrl() + "/api/v1/feedback?size=1");
        var ok = http.send(HttpRequest.newBuilder(search).header("Authorization", "Bearer " + keycloak.accessToken(STAFF_A))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().allValues("Set-Cookie")).isEmpty();
        for (String refused : List.of("", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((STAFF_A + ":" + PASSWORD).getBytes()))) {
            HttpRequest.Builder request = HttpRequest.newBuilder(search);
            if (!refused.isEmpty()) {
                request.header("Authorization", refused);
            }
            var anonymous = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).contains("application/problem+json"));
            assertThat(anonymous.body()).contains("\"type\":\"https://phananh.vn/problems/unauthenticated\"");
        }
    }

    @Test
    void servesTheStylesheetAndScriptWithoutSignIn() {
        WebBrowser.Page css = browser().get("/css/app.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(browser().get("/js/alerts.js").body()).contains("EventSource");
    }

    /** A staff member of xã Hùng Cường of this test's own, so a lockout touches nobody else. */
    private static String user(String prefix) {
        String name = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        keycloak.admin().ensureUser(name, PASSWORD, false, "staff", List.of("/units/xa-hung-cuong"));
        return name;
    }
}
