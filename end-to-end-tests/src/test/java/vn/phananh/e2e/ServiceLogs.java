package vn.phananh.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.phananh.load.corpus.Corpus;
import vn.phananh.load.corpus.CorpusMessage;

/**
 * The logs the three services of a running pipeline wrote (under its data directory's
 * {@code logs/}), read as the ECS JSON lines they are, and what must never be in them: the texts of
 * the messages that went through, the personal data inside those texts, phone numbers.
 */
public final class ServiceLogs {

    public static final List<String> SERVICES = List.of("ingest-service", "stream-processor", "search-api", "outbox-sender", "web-app");
    /** A Vietnamese mobile or landline number as people type it: 0 and 9 or 10 digits, spaced or dotted. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.-])0\\d(?:[ .]?\\d){8,9}(?![\\w])");
    /** Feedback, change and alert ids: their hex runs hold digit runs that look like phone numbers. */
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of a service's log: the raw line and, when it is JSON, its fields. */
    public record Line(String service, String raw, JsonNode json) {

        /**
         * Every string value of the line but its timestamp (whose nanoseconds look like a phone
         * number), decoded, joined: what a reader of the log sees.
         */
        String visible() {
            if (json == null) {
                return raw;
            }
            List<String> values = new ArrayList<>();
            json.properties().forEach(field -> {
                if (!field.getKey().equals("@timestamp")) {
                    collect(field.getValue(), values);
                }
            });
            return String.join(" ", values);
        }

        public String field(String name) {
            return json == null ? null : json.path(name).asString(null);
        }

        private static void collect(JsonNode node, List<String> values) {
            if (node.isString()) {
                values.add(node.asString());
            }
            node.values().forEach(child -> collect(child, values));
        }
    }

    private final List<Line> lines;

    private ServiceLogs(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Reads {@code <service>.log} of every service under {@code logsDir}. */
    public static ServiceLogs read(Path logsDir) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String service : SERVICES) {
            for (String raw : Files.readAllLines(logsDir.resolve(service + ".log"), StandardCharsets.UTF_8)) {
                lines.add(new Line(service, raw, raw.startsWith("{") ? JSON.readTree(raw) : null));
            }
        }
        return new ServiceLogs(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> of(String service) {
        return lines.stream().filter(l -> l.service().equals(service)).toList();
    }

    /** Lines that are not JSON (JVM warnings before logging starts), by service. */
    public Map<String, List<String>> plainText() {
        return lines.stream().filter(l -> l.json() == null && !l.raw().isBlank())
                .collect(Collectors.groupingBy(Line::service, Collectors.mapping(Line::raw, Collectors.toList())));
    }

    /**
     * What must not appear: for each text, its start and its middle (25 characters each, enough to be
     * that text and no other line's words); each piece of personal data labelled in it; every phone
     * number in it, as typed and as bare digits.
     */
    public static Set<String> secretsOf(Collection<String> texts, Collection<String> personalData) {
        Set<String> secrets = new LinkedHashSet<>();
        for (String text : texts) {
            String t = text.strip();
            if (t.length() >= 40) {
                secrets.add(t.substring(0, 25));
                secrets.add(t.substring(t.length() / 2 - 12, t.length() / 2 + 13));
            }
            Matcher phone = PHONE.matcher(t);
            while (phone.find()) {
                secrets.add(phone.group());
                secrets.add(phone.group().replaceAll("\\D", ""));
            }
        }
        personalData.stream().map(String::strip).filter(p -> p.length() >= 6).forEach(secrets::add);
        return secrets;
    }

    /** The texts and labelled personal data of the demo corpus (both labelled sets the demo sends). */
    public static Set<String> demoSecrets() {
        List<CorpusMessage> corpus = new ArrayList<>(Corpus.chat());
        corpus.addAll(Corpus.broad());
        return secretsOf(corpus.stream().map(CorpusMessage::text).toList(),
                corpus.stream().flatMap(m -> m.pii().stream()).map(CorpusMessage.Pii::text).toList());
    }

    /** Each line that holds one of {@code secrets} or a phone number, with what it holds. */
    public List<String> leaks(Set<String> secrets) {
        List<String> leaks = new ArrayList<>();
        for (Line line : lines) {
            String visible = UUID.matcher(line.visible()).replaceAll("<id>");
            for (String secret : secrets) {
                if (visible.contains(secret)) {
                    leaks.add(line.service() + " logged \"" + secret + "\": " + cut(line.raw()));
                }
            }
            Matcher phone = PHONE.matcher(visible);
            if (phone.find()) {
                leaks.add(line.service() + " logged what looks like a phone number (" + phone.group() + "): " + cut(line.raw()));
            }
        }
        return leaks;
    }

    private static String cut(String raw) {
        return raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
    }
}
