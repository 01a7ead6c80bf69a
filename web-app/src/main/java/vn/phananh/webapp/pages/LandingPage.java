package vn.phananh.webapp.pages;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;


/**
 * Where a person lands after signing in: the page they asked for before, else staff on the inbox
 * and supervisors (and admins) on the dashboard.
 */
class LandingPage implements AuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        redirect.sendRedirect(request, response, saved != null ? saved.getRedirectUrl() : home(authentication));
    }

    static String home(Authentication authentication) {
        if (authentication == null) {
            return "/cong-khai";
        }
        boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch("ROLE_STAFF"::equals);
        return staff ? "/staff" : "/supervisor";
    }
}
