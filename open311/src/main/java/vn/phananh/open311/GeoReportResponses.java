package vn.phananh.open311;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GeoReport answers as Spring MVC responses: bytes with the format's content type preset, so they
 * are written whatever the client's Accept header says (the extension chose the format).
 */
public final class GeoReportResponses {

    /** A list answer: services, service requests (the POST's and the token's answer too). */
    public static ResponseEntity<byte[]> list(GeoReportFormat format, HttpStatus status, String root, List<Element> items) {
        return ResponseEntity.status(status).contentType(format.contentType())
                .body(GeoReportWriter.list(format, root, items));
    }

    public static ResponseEntity<byte[]> single(GeoReportFormat format, Element element) {
        return ResponseEntity.ok().contentType(format.contentType()).body(GeoReportWriter.single(format, element));
    }

    /**
     * The specification's error answer: 404 for an unknown resource, 403 for a missing or bad
     * {@code api_key}, 400 for the rest; the body an array of {code, description}, {@code <errors>} in XML.
     */
    public static ResponseEntity<byte[]> error(GeoReportFormat format, HttpStatus status, String description) {
        return error(format, status, new HttpHeaders(), description);
    }

    public static ResponseEntity<byte[]> error(GeoReportFormat format, HttpStatus status, HttpHeaders headers,
            String description) {
        Element error = Element.named("error").field("code", status.value()).field("description", description).build();
        return ResponseEntity.status(status).headers(headers).contentType(format.contentType())
                .body(GeoReportWriter.list(format, "errors", List.of(error)));
    }

    private GeoReportResponses() {
    }
}
