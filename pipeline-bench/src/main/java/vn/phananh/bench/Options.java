package vn.phananh.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and the remaining plain arguments (scenario names) of a command. */
public record Options(Map<String, String> values, List<String> names) {

    public static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                values.put(args[i], args[++i]);
            }
            else {
                names.add(args[i]);
            }
        }
        return new Options(values, names);
    }

    public Path root() {
        return Path.of(values.getOrDefault("--root", ".")).toAbsolutePath().normalize();
    }

    /** The data directory: {@code --data}, else {@code pipeline-bench/target/<name>} in the checkout. */
    public Path dataDir(String name) {
        String data = values.get("--data");
        return data != null ? Path.of(data).toAbsolutePath() : root().resolve("pipeline-bench/target/" + name);
    }

    public double number(String name, double fallback) {
        String value = values.get(name);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
