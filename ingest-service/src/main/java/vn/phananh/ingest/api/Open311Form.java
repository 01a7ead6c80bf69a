package vn.phananh.ingest.api;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an Open311 POST, {@code application/x-www-form-urlencoded} in UTF-8, read strictly:
 * a broken percent escape or bytes that are not UTF-8 refuse the whole form rather than turn into
 * replacement characters. An empty field counts as absent, as the specification's "optional" says.
 */
final class Open311Form {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,128})](\\[])?");

    private final List<Map.Entry<String, String>> fields;

    private Open311Form(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    /** The form in a body, or empty when the body is not a well-formed UTF-8 form. */
    static Optional<Open311Form> parse(byte[] body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        for (String pair : ascii.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Optional<String> name = decode(eq < 0 ? pair : pair.substring(0, eq));
            Optional<String> value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            fields.add(new AbstractMap.SimpleImmutableEntry<>(name.get(), value.get()));
        }
        return Optional.of(new Open311Form(fields));
    }

    /** The first non-empty value of a field, or null. */
    String value(String name) {
        return fields.stream().filter(f -> f.getKey().equals(name) && !f.getValue().isBlank())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * The service attributes, {@code attribute[CODE]=v} and the repeated {@code attribute[CODE][]=v}
     * of a multivaluelist, by code; several values are joined with commas in the order sent.
     */
    Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields) {
            Matcher m = ATTRIBUTE.matcher(field.getKey());
            if (m.matches() && !field.getValue().isBlank()) {
                attributes.merge(m.group(1), field.getValue(), (a, b) -> a + "," + b);
            }
        }
        return attributes;
    }

    /**
     * A digest of what the form says, without the key: the same form sent again (a client's retry
     * after a timeout) gets the same id, so it is stored once. Fields are taken by name, each
     * name's values in the order sent, lengths included so no two forms run together.
     */
    String contentDigest() {
        StringBuilder canonical = new StringBuilder();
        fields.stream().filter(f -> !f.getKey().equals("api_key") && !f.getValue().isBlank())
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .forEach(f -> canonical.append(f.getKey().length()).append(':').append(f.getKey())
                        .append(f.getValue().length()).append(':').append(f.getValue()));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    /** Percent-decodes one name or value ({@code +} is a space) into strict UTF-8. */
    private static Optional<String> decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            }
            else if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            }
            else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        }
        catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }
}
