package vn.phananh.search.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/** 401 and 403 as RFC 9457 problem details, like every other error of the API. */
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    ProblemSecurityHandlers(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        Problems.write(response, 401, ProblemType.UNAUTHENTICATED, "Sign in to use this endpoint.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        Problems.write(response, 403, ProblemType.FORBIDDEN, "Your role or your units do not allow this.");
    }
}
