package vn.phananh.search.system;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The error page: what the security firewall (dot segments, encoded slashes and percents), the
 * servlet container and the filters refuse before Spring MVC handles the request, as an RFC 9457
 * problem whatever the Accept header asks for, instead of Spring Boot's own JSON.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        Problems.write(response, status, ProblemType.forStatus(status), status >= 500 ? "Unexpected error."
                : "The request was refused: " + Problems.reason(status));
    }

    private static int status(HttpServletRequest request) {
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (error instanceof InvalidParameterException || error instanceof RequestRejectedException) {
            return HttpStatus.BAD_REQUEST.value();
        }
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
