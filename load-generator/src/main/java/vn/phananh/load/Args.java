package vn.phananh.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs and {@code --flag}s, checked against what a command knows. */
public final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param options names that take a value
     * @param flags names that stand alone
     */
    public static Args parse(List<String> args, Set<String> options, Set<String> flags) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (flags.contains(name)) {
                values.put(name, "true");
            }
            else if (options.contains(name) && i + 1 < args.size()) {
                values.put(name, args.get(++i));
            }
            else {
                throw new IllegalArgumentException(options.contains(name) ? name + " needs a value" : "Unknown option " + name);
            }
        }
        return new Args(values);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }

    public long number(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** The URL of a local service: the option, else 127.0.0.1 on the port from {@code portVariable}. */
    public String url(String name, String portVariable, int defaultPort) {
        String port = System.getenv(portVariable);
        return values.getOrDefault(name, "http://127.0.0.1:" + (port == null || port.isBlank() ? defaultPort : port.trim()));
    }
}
