package vn.phananh.webapp.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.UnknownContentTypeException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import vn.phananh.webapp.api.AccessTokens;

/**
 * Errors become the Vietnamese error page with the right status, never a stack trace: what the
 * search API refused keeps its status (403 another unit's feedback, 404, 400), an API that cannot
 * be reached is 503, and a session without a usable token signs in again.
 */
@Component
class PageErrorResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrorResolver.class);

    @Override
    public int getOrder() {
        // After Boot's DefaultErrorAttributes (which only records the error), before everything else.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (response.isCommitted()) {
            return null;
        }
        if (ex instanceof AccessTokens.SignedOutException) {
            request.getSession().invalidate();
            return new ModelAndView("redirect:" + WebSecurityConfiguration.SIGN_IN);
        }
        int status = status(ex);
        if (status == 500) {
            log.error("Page {} failed", request.getRequestURI(), ex);
        }
        else if (status > 500) {
            log.warn("Page {} failed: {}", request.getRequestURI(), ex.toString());
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("me", PageModel.Me.current());
        return page;
    }

    static int status(Exception ex) {
        if (ex instanceof PageNotFoundException) {
            return 404;
        }
        if (ex instanceof RestClientResponseException api) {
            int status = api.getStatusCode().value();
            // The API no longer takes the token (revoked, the person's rights changed): sign in again is the cure.
            return status == 401 ? 403 : status == 429 || status >= 500 ? 503 : status;
        }
        // The API answered something else than the JSON asked for: the path named another of its
        // resources (a feedback "id" of export.csv is the export), so there is no such page.
        if (ex instanceof UnknownContentTypeException) {
            return 404;
        }
        if (ex instanceof ResourceAccessException || ex instanceof RestClientException) {
            return 503;
        }
        if (ex instanceof AccessDeniedException) {
            return 403;
        }
        // Undecodable parameters (%FF) and values the firewall refuses are the request's fault, not an outage.
        if (ex instanceof IllegalArgumentException || ex instanceof TypeMismatchException
                || ex instanceof BindException || ex instanceof InvalidParameterException
                || ex instanceof RequestRejectedException) {
            return 400;
        }
        if (ex instanceof ErrorResponse error) {
            return error.getStatusCode().value();
        }
        return 500;
    }
}
