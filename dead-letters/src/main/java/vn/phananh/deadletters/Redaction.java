package vn.phananh.deadletters;

import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.phananh.text.PiiMasker;

/**
 * What of a dead letter may reach a terminal. A reason can quote the record (an exception's
 * message, Elasticsearch's "Preview of field's value"), a decoded record holds the citizen's text
 * and who wrote it: personal data is masked as in the index, authors and contacts are hidden, and
 * the quoted part of a reason is cut, unless the operator asked for {@code --unmasked}.
 */
final class Redaction {

    /** Fields that name or reach a person: hidden whole. */
    private static final Set<String> PERSONAL = Set.of("author", "displayName", "contact", "actor", "assignee",
            "recordedBy", "sender", "userId");
    private static final String QUOTE = "Preview of field's value";
    private static final int REASON_LENGTH = 160;

    private final PiiMasker masker = new PiiMasker();
    private final boolean unmasked;

    Redaction(boolean unmasked) {
        this.unmasked = unmasked;
    }

    boolean unmasked() {
        return unmasked;
    }

    String reason(String reason) {
        if (reason == null) {
            return "(no reason)";
        }
        if (unmasked) {
            return reason;
        }
        String kept = reason.contains(QUOTE) ? reason.substring(0, reason.indexOf(QUOTE)) + "(quote cut)" : reason;
        kept = masker.mask(kept).text().replaceAll("[\\p{Cntrl}&&[^\\t]]", " ");
        return kept.length() > REASON_LENGTH ? kept.substring(0, REASON_LENGTH) + "…" : kept;
    }

    /** A decoded record with personal fields hidden and personal data in every other text masked. */
    JsonNode record(JsonNode record) {
        if (unmasked || !(record instanceof ObjectNode object)) {
            return record;
        }
        ObjectNode copy = object.deepCopy();
        redact(copy);
        return copy;
    }

    private void redact(ObjectNode node) {
        for (String name : java.util.List.copyOf(node.propertyNames())) {
            JsonNode value = node.get(name);
            if (PERSONAL.contains(name) && !value.isNull()) {
                node.put(name, "(hidden; --unmasked shows it)");
            }
            else if (value.isString()) {
                node.put(name, masker.mask(value.asString()).text());
            }
            else if (value instanceof ObjectNode child) {
                redact(child);
            }
            else if (value instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof ObjectNode child) {
                        redact(child);
                    }
                    else if (items.get(i).isString()) {
                        items.set(i, masker.mask(items.get(i).asString()).text());
                    }
                }
            }
        }
    }
}
