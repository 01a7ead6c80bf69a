package vn.phananh.webapp.pages;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;


/** What every page's header needs: who is signed in and which menus they get. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    @ModelAttribute("me")
    Me me() {
        return Me.current();
    }

    /** The signed-in person as the header shows them; null when nobody is signed in. */
    record Me(String username, boolean staff, boolean supervisor) {

        static Me current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
                return null;
            }
            boolean staff = has(auth, "STAFF");
            boolean supervisor = has(auth, "SUPERVISOR") || has(auth, "ADMIN");
            return new Me(auth.getName(), staff, supervisor);
        }

        private static boolean has(Authentication auth, String role) {
            return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(("ROLE_" + role)::equals);
        }
    }
}
