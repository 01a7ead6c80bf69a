package vn.phananh.webapp.pages;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The start page (a redirect by role), the sign-in page (a link to the identity provider's login,
 * and where one lands after signing out or a failed sign-in) and the page for a refused request.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return "redirect:" + LandingPage.home(signedIn ? auth : null);
    }

    @GetMapping("/login")
    String login(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("signIn", WebSecurityConfiguration.SIGN_IN);
        // Read here, not in the template: an undecodable parameter (%FF) is then a 400 page, not a
        // template failure.
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        return "login";
    }

    /** Forwarded to by the security chain (any method), the status already set to 403. */
    @RequestMapping(WebSecurityConfiguration.FORBIDDEN_PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Model model) {
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        return "error";
    }
}
