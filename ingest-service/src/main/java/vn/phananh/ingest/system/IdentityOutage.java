package vn.phananh.ingest.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * A token that cannot be checked because the identity provider's keys cannot be fetched (Keycloak down,
 * slow or unreachable) is an outage, not the caller's fault and not a server error: 503 with
 * {@code Retry-After}, so a desk device retries the same request (its idempotency key makes that safe).
 * Spring Security rethrows such an {@link AuthenticationServiceException} past its entry point, where it
 * became a 500; this filter, just before the bearer token filter, answers it.
 */
final class IdentityOutage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(IdentityOutage.class);

    private final JsonMapper json;

    IdentityOutage(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (AuthenticationServiceException ex) {
            // The cause names the key set's address, never the token.
            log.warn("A bearer token could not be checked: {}", ex.getCause() == null ? ex.getClass().getSimpleName()
                    : ex.getCause().getClass().getSimpleName());
            if (response.isCommitted()) {
                throw ex;
            }
            response.setStatus(ProblemType.UNAVAILABLE.status().value());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json");
            json.writeValue(response.getOutputStream(), Problems.of(ProblemType.UNAVAILABLE,
                    "The sign-in service cannot be reached to check the token; retry later"));
        }
    }
}
