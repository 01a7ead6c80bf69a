package vn.phananh.open311;

import java.time.Instant;

/** The {@code request} elements of {@code <service_requests>}: a request's public state, a POST's answer. */
public final class ServiceRequests {

    /** The root element of every answer about requests: the list, one request, the POST, a token. */
    public static final String ROOT = "service_requests";

    /**
     * A request as GET shows it, every field of the specification in its order; what the request
     * does not have is written empty ({@code null} in JSON) rather than left out.
     */
    public record ServiceRequest(String serviceRequestId, boolean open, String statusNotes, Services.Service service,
            String description, String agencyResponsible, String serviceNotice, Instant requested, Instant updated,
            Instant expected, String address, String addressId, String zipcode, Double lat, Double lng, String mediaUrl) {

        public Element element() {
            return Element.named("request").field("service_request_id", serviceRequestId)
                    .field("status", open ? "open" : "closed").field("status_notes", statusNotes)
                    .field("service_name", service.name()).field("service_code", service.code())
                    .field("description", description).field("agency_responsible", agencyResponsible)
                    .field("service_notice", serviceNotice)
                    .field("requested_datetime", GeoReportTimes.format(requested))
                    .field("updated_datetime", GeoReportTimes.format(updated))
                    .field("expected_datetime", GeoReportTimes.format(expected)).field("address", address)
                    .field("address_id", addressId).field("zipcode", zipcode).field("lat", lat).field("long", lng)
                    .field("media_url", mediaUrl).build();
        }
    }

    /** The answer to a POST of a realtime service: the new request's id, never a token. */
    public static Element created(String serviceRequestId, String serviceNotice, String accountId) {
        return Element.named("request").field("service_request_id", serviceRequestId)
                .field("service_notice", serviceNotice).field("account_id", accountId).build();
    }

    private ServiceRequests() {
    }
}
