package vn.phananh.ingest.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phananh.web.ProblemType;
import vn.phananh.web.Problems;

/**
 * The error page: what the security firewall (dot segments, encoded slashes, unknown methods)
 * and the servlet container refuse before Spring MVC sees the request. It answers an RFC 9457
 * problem like every other error, whatever the Accept header asks for, instead of Spring Boot's
 * default JSON.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code : HttpStatus.INTERNAL_SERVER_ERROR.value();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, ProblemType.forStatus(status), Problems.reason(status)));
    }
}
