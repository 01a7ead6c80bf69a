package vn.phananh.search.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.kafka.KafkaException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import vn.phananh.search.system.ElasticsearchErrors;
import vn.phananh.search.system.NotFoundException;

/**
 * Errors on the pages' paths become the Vietnamese error page with the right status, never a
 * stack trace and never the API's JSON problem. Runs before the API's exception handling and
 * leaves every other path to it.
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
        if (!isPage(request.getRequestURI()) || response.isCommitted()) {
            return null;
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

    static boolean isPage(String path) {
        return path.equals("/") || startsWithSegment(path, "/staff") || startsWithSegment(path, "/supervisor")
                || startsWithSegment(path, "/cong-khai") || startsWithSegment(path, "/tra-cuu") || startsWithSegment(path, "/so-ket")
                || startsWithSegment(path, "/login")
                || startsWithSegment(path, "/loi");
    }

    private static boolean startsWithSegment(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static int status(Exception ex) {
        if (ex instanceof NotFoundException) {
            return 404;
        }
        if (ex instanceof AccessDeniedException) {
            return 403;
        }
        // Undecodable parameters (%FF), values the firewall refuses, and what Elasticsearch itself
        // refused as a bad request are the request's fault, not an outage.
        if (ex instanceof IllegalArgumentException || ex instanceof TypeMismatchException
                || ex instanceof BindException || ex instanceof InvalidParameterException
                || ex instanceof RequestRejectedException
                || ex instanceof ElasticsearchException search && ElasticsearchErrors.refusedTheRequest(search)) {
            return 400;
        }
        if (ex instanceof ErrorResponse error) {
            return error.getStatusCode().value();
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof TransportException
                || ex instanceof ElasticsearchException || ex instanceof KafkaException
                || ex instanceof ExecutionException || ex instanceof TimeoutException) {
            return 503;
        }
        return 500;
    }
}
