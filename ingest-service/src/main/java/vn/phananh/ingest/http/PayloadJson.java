package vn.phananh.ingest.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.avro.Channel;
import vn.phananh.web.ProblemType;

/**
 * The strict JSON reader for everything that arrives: duplicate keys, trailing content, deep
 * nesting and oversized tokens are refused, so what we verify, map and store is unambiguous.
 * Parse errors never carry the input back: their detail names no content.
 */
public final class PayloadJson {

    private static final int MAX_DEPTH = 32;

    private final JsonMapper mapper;

    public PayloadJson(int maxStringLength) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(maxStringLength)
                        .maxNumberLength(64)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Parses a body that must be one JSON object. */
    public JsonNode parseObject(byte[] body, Channel channel) {
        JsonNode root;
        try {
            root = mapper.readTree(utf8(body, channel));
        }
        catch (JacksonException ex) {
            throw new IngestException(ProblemType.MALFORMED_BODY, channel, "The body is not valid UTF-8 JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, channel, "The body must be a JSON object");
        }
        return root;
    }

    /**
     * The body as text, decoded strictly: Jackson alone would guess UTF-16 or UTF-32 from the first
     * bytes and let some invalid UTF-8 sequences through. A leading byte order mark is dropped, as
     * RFC 8259 allows a parser to do.
     */
    private static String utf8(byte[] body, Channel channel) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException ex) {
            throw new IngestException(ProblemType.MALFORMED_BODY, channel, "The body is not valid UTF-8 JSON");
        }
    }

    /** Binds a JSON node to a record type; a node of the wrong shape is reported by field. */
    public <T> T convert(JsonNode node, Class<T> type) {
        return mapper.treeToValue(node, type);
    }

    /** Binds a whole body to a record type, refusing malformed JSON and wrong shapes. */
    public <T> T read(byte[] body, Class<T> type, Channel channel) {
        JsonNode root = parseObject(body, channel);
        try {
            return convert(root, type);
        }
        catch (JacksonException ex) {
            throw new IngestException(ProblemType.INVALID_PAYLOAD, channel, "Field " + JsonFields.pathOf(ex) + " has the wrong type");
        }
    }
}
