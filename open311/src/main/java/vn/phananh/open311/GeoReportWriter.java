package vn.phananh.open311;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport answers. XML is schemaless and without a namespace, as the specification asks;
 * JSON is its Spark-convention mapping: a list answer is an array of its items (never the root's
 * name), a nested list an array, an empty XML element {@code null}.
 */
public final class GeoReportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** A list answer: {@code <root><item>…</item>…</root>}, or a JSON array. */
    public static byte[] list(GeoReportFormat format, String root, List<Element> items) {
        return switch (format) {
            case JSON -> JSON.writeValueAsBytes(items.stream().map(GeoReportWriter::toJson).toList());
            case XML -> xml(writer -> {
                writer.writeStartElement(root);
                for (Element item : items) {
                    write(writer, item);
                }
                writer.writeEndElement();
            });
        };
    }

    /** A single-object answer (discovery, a service definition): {@code <name>…</name>}, or a JSON object. */
    public static byte[] single(GeoReportFormat format, Element element) {
        return switch (format) {
            case JSON -> JSON.writeValueAsBytes(toJson(element));
            case XML -> xml(writer -> write(writer, element));
        };
    }

    private static Map<String, Object> toJson(Element element) {
        Map<String, Object> json = new LinkedHashMap<>();
        element.fields().forEach((name, value) -> json.put(name, toJsonValue(value)));
        return json;
    }

    private static Object toJsonValue(Object value) {
        return switch (value) {
            case Element e -> toJson(e);
            case Element.Items items -> {
                List<Object> values = new ArrayList<>();
                items.values().forEach(v -> values.add(toJsonValue(v)));
                yield values;
            }
            case null -> null;
            default -> value;
        };
    }

    private static void write(XMLStreamWriter writer, Element element) throws XMLStreamException {
        writer.writeStartElement(element.name());
        for (Map.Entry<String, Object> field : element.fields().entrySet()) {
            writeField(writer, field.getKey(), field.getValue());
        }
        writer.writeEndElement();
    }

    private static void writeField(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        switch (value) {
            case null -> writer.writeEmptyElement(name);
            case Element e -> {
                writer.writeStartElement(name);
                for (Map.Entry<String, Object> field : e.fields().entrySet()) {
                    writeField(writer, field.getKey(), field.getValue());
                }
                writer.writeEndElement();
            }
            case Element.Items items -> {
                writer.writeStartElement(name);
                for (Object item : items.values()) {
                    writeField(writer, items.item(), item);
                }
                writer.writeEndElement();
            }
            default -> {
                writer.writeStartElement(name);
                writer.writeCharacters(xmlText(value.toString()));
                writer.writeEndElement();
            }
        }
    }

    /** Drops what XML 1.0 cannot hold at all (most control characters), which no escaping would make well-formed. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(GeoReportWriter::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(out, "utf-8");
            writer.writeStartDocument("utf-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        }
        catch (XMLStreamException ex) {
            throw new IllegalStateException("Could not write a GeoReport XML answer", ex);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private GeoReportWriter() {
    }
}
