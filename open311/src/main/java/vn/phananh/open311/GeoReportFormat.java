package vn.phananh.open311;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats of GeoReport v2, chosen by the resource's extension ({@code services.xml}, {@code requests.json}). */
public enum GeoReportFormat {

    XML("xml", MediaType.parseMediaType("text/xml; charset=utf-8")),
    JSON("json", MediaType.parseMediaType("application/json; charset=utf-8"));

    private final String extension;
    private final MediaType contentType;

    GeoReportFormat(String extension, MediaType contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format of an extension, case as given: the specification names them in lower case. */
    public static Optional<GeoReportFormat> of(String extension) {
        for (GeoReportFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of the last path segment's extension, XML (the format every client reads) when
     * it has none we know, so that an error about the path itself is still answered in a GeoReport form.
     */
    public static GeoReportFormat ofPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') || dot < 0 ? XML : of(path.substring(dot + 1)).orElse(XML);
    }

    public String extension() {
        return extension;
    }

    public MediaType contentType() {
        return contentType;
    }
}
