package vn.phananh.ingest.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small JSON writer over plain maps and lists, so a generator can build a payload as a tree,
 * break one field of it, and still control the exact bytes: duplicate a key, splice in a raw
 * fragment, or write non-ASCII characters as {@code \\u} escapes the way Meta does.
 */
final class Json {

    /** A fragment written as given: malformed tokens, extreme numbers, deep nesting. */
    record Raw(String text) {
    }

    /** Marks a key to remove when setting a path. */
    static final Object REMOVE = new Object();

    private final Set<Object> duplicated = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean escapeNonAscii;

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> array(Object... values) {
        return new ArrayList<>(List.of(values));
    }

    static String write(Object value) {
        return new Json().toJson(value);
    }

    Json escapingNonAscii(boolean escape) {
        this.escapeNonAscii = escape;
        return this;
    }

    /** Writes the first key of this object twice (second time with the given value). */
    Json duplicatingFirstKeyOf(Map<String, Object> object) {
        duplicated.add(object);
        return this;
    }

    String toJson(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /** Every object in the tree, parents first, to choose one to break. */
    static List<Map<String, Object>> objects(Object tree) {
        List<Map<String, Object>> found = new ArrayList<>();
        collect(tree, found);
        return found;
    }

    /** Sets (or removes) the value at a dotted path such as {@code entry.0.messaging.0.message.mid}. */
    @SuppressWarnings("unchecked")
    static void set(Object tree, String path, Object value) {
        String[] parts = path.split("\\.");
        Object node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(parts[i])) : ((Map<String, Object>) node).get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (node instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        }
        else if (value == REMOVE) {
            ((Map<String, Object>) node).remove(last);
        }
        else {
            ((Map<String, Object>) node).put(last, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> found) {
        if (node instanceof Map<?, ?> map) {
            found.add((Map<String, Object>) map);
            map.values().forEach(v -> collect(v, found));
        }
        else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, found));
        }
    }

    private void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.text());
            case String s -> string(out, s);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> object(out, map);
            case List<?> list -> array(out, list);
            default -> throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    private void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            if (first && duplicated.contains(map)) {
                string(out, (String) e.getKey());
                out.append(':');
                write(out, "duplicate");
                out.append(',');
            }
            first = false;
            string(out, (String) e.getKey());
            out.append(':');
            write(out, e.getValue());
        }
        out.append('}');
    }

    private void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(out, list.get(i));
        }
        out.append(']');
    }

    private void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (escapeNonAscii && c > 0x7E)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
