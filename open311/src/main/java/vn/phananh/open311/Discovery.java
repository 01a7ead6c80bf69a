package vn.phananh.open311;

import java.util.List;

/**
 * The service discovery document ({@code discovery.json|xml}): who runs the endpoints, where to ask
 * for a key, and each endpoint with the specification it speaks and its formats.
 */
public record Discovery(String changeset, String contact, String keyService, List<Endpoint> endpoints) {

    public static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    /** One endpoint: its base URL (append {@code /services.xml} and so on) and whether it is production or test. */
    public record Endpoint(String url, String changeset, String type) {

        Element element() {
            List<String> formats = List.of(GeoReportFormat.XML.contentType().getType() + "/"
                    + GeoReportFormat.XML.contentType().getSubtype(), GeoReportFormat.JSON.contentType().getType() + "/"
                    + GeoReportFormat.JSON.contentType().getSubtype());
            return Element.named("endpoint").field("specification", SPECIFICATION).field("url", url)
                    .field("changeset", changeset).field("type", type)
                    .field("formats", new Element.Items("format", formats)).build();
        }
    }

    public Element element() {
        return Element.named("discovery").field("changeset", changeset).field("contact", contact)
                .field("key_service", keyService)
                .field("endpoints", new Element.Items("endpoint", endpoints.stream().map(Endpoint::element).toList()))
                .build();
    }
}
