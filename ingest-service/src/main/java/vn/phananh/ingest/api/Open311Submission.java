package vn.phananh.ingest.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;

import vn.phananh.avro.AttachmentType;
import vn.phananh.open311.Services;

/**
 * Turns the fields of an Open311 POST into the integration API's message, so that it goes through
 * the same checks, ids and intake. The caller's id is the {@code Idempotency-Key} header when there
 * is one, else a digest of the form. A form the specification refuses is a {@link Refusal} with the
 * status and description the specification gives (400 missing, 404 unknown), naming fields, never values.
 */
final class Open311Submission {

    /** The specification's limit on a description. */
    static final int MAX_DESCRIPTION = 4000;
    static final String ATTRIBUTE_PREFIX = "open311.";

    /** The form as the integration API's message, or why it is refused. */
    sealed interface Result {
    }

    record Message(ApiMessage message) implements Result {
    }

    record Refusal(HttpStatus status, String description) implements Result {
    }

    static Result of(Open311Form form, String idempotencyKey) {
        String serviceCode = form.value("service_code");
        if (serviceCode == null) {
            return new Refusal(HttpStatus.BAD_REQUEST, "service_code was not provided");
        }
        if (Services.find(serviceCode).isEmpty()) {
            return new Refusal(HttpStatus.NOT_FOUND, "service_code was not found: services.xml lists the codes");
        }
        String lat = form.value("lat");
        String lng = form.value("long");
        String address = form.value("address_string");
        String addressId = form.value("address_id");
        if ((lat == null) != (lng == null)) {
            return new Refusal(HttpStatus.BAD_REQUEST, "lat and long must be given together");
        }
        if (lat == null && address == null && addressId == null) {
            return new Refusal(HttpStatus.BAD_REQUEST, "a location is required: lat and long, address_string or address_id");
        }
        Double latitude = number(lat);
        Double longitude = number(lng);
        if (lat != null && (latitude == null || longitude == null)) {
            return new Refusal(HttpStatus.BAD_REQUEST, "lat and long must be decimal degrees (WGS84)");
        }
        String description = form.value("description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            return new Refusal(HttpStatus.BAD_REQUEST, "description is longer than " + MAX_DESCRIPTION + " characters");
        }
        String messageId = idempotencyKey != null ? "open311:" + idempotencyKey : "open311:" + form.contentDigest();
        return new Message(new ApiMessage(messageId, form.value("jurisdiction_id"), description, author(form), null,
                null, null, attachments(form, latitude, longitude, address != null ? address : addressId),
                attributes(form, serviceCode)));
    }

    /** Whether a header value can be an idempotency key: 1 to 100 visible ASCII characters. */
    static boolean validKey(String key) {
        return key.length() <= 100 && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E) && !key.isEmpty();
    }

    /** Who wrote it, as the form says: Vietnamese names read family name first. */
    private static ApiMessage.ApiAuthor author(Open311Form form) {
        String name = joined(" ", form.value("last_name"), form.value("first_name"));
        String contact = joined(", ", form.value("email"), form.value("phone"));
        String id = form.value("account_id");
        return name == null && contact == null && id == null ? null : new ApiMessage.ApiAuthor(id, name, contact, false);
    }

    private static List<ApiMessage.ApiAttachment> attachments(Open311Form form, Double lat, Double lng, String place) {
        List<ApiMessage.ApiAttachment> attachments = new ArrayList<>();
        attachments.add(new ApiMessage.ApiAttachment(AttachmentType.LOCATION, null, place, lat, lng));
        String media = form.value("media_url");
        if (media != null) {
            attachments.add(new ApiMessage.ApiAttachment(AttachmentType.LINK, media, null, null, null));
        }
        return attachments;
    }

    /** The service chosen, the address as given and the service attributes, kept beside the message. */
    private static Map<String, String> attributes(Open311Form form, String serviceCode) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ATTRIBUTE_PREFIX + "service_code", serviceCode);
        putIfPresent(attributes, ATTRIBUTE_PREFIX + "address_string", form.value("address_string"));
        putIfPresent(attributes, ATTRIBUTE_PREFIX + "address_id", form.value("address_id"));
        form.attributes().forEach((code, value) -> attributes.put(ATTRIBUTE_PREFIX + "attribute." + code, value));
        return attributes;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static String joined(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).map(String::strip).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private Open311Submission() {
    }
}
