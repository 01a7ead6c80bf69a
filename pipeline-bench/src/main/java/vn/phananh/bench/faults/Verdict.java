package vn.phananh.bench.faults;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one drill: PASS only without a single problem. Figures are {@code name=value}
 * pairs in the order measured; notes explain them (refusal reasons, dead-letter reasons).
 */
public record Verdict(String scenario, Map<String, String> figures, List<String> problems, List<String> notes) {

    public Verdict {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** A figure as a number (NaN when absent or not a number). */
    public double number(String figure) {
        try {
            return Double.parseDouble(figures.getOrDefault(figure, "NaN"));
        }
        catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** {@code VERDICT <scenario> PASS|FAIL name=value ...}, then the problems and notes, one a line. */
    public String describe() {
        StringBuilder text = new StringBuilder("VERDICT ").append(scenario).append(passed() ? " PASS" : " FAIL");
        figures.forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
        problems.forEach(p -> text.append("\n  problem: ").append(p));
        notes.forEach(n -> text.append("\n  note: ").append(n));
        return text.toString();
    }
}
