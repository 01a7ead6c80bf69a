package vn.phananh.bench.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phananh.local.ProcessStats;

/**
 * CPU time each part of the stack (and this benchmark's own JVM, which runs the load generator)
 * used between two moments: on a small machine the parts compete for the same cores, so a stage
 * that is short of CPU shows here.
 */
final class CpuUse {

    static final String LOAD = "load generator (this JVM)";

    private final Map<String, Long> pids;
    private final Map<String, Double> start;
    private final double machineStart = machineBusySeconds();
    private final long startNanos = System.nanoTime();

    CpuUse(Map<String, Long> pids) {
        this.pids = pids;
        this.start = now();
    }

    private Map<String, Double> now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((part, pgid) -> seconds.put(part, ProcessStats.cpuSeconds(pgid)));
        seconds.put(LOAD, ProcessStats.ownCpuSeconds());
        return seconds;
    }

    /** CPU seconds per part since this was created, and the wall seconds it covers under key "wall". */
    Map<String, Double> since() {
        Map<String, Double> used = new LinkedHashMap<>();
        now().forEach((part, seconds) -> used.put(part, seconds - start.getOrDefault(part, 0.0)));
        used.put("wall", (System.nanoTime() - startNanos) / 1e9);
        used.put("machine", machineBusySeconds() - machineStart);
        return used;
    }

    /** Per part: CPU seconds, cores, share, and CPU milliseconds per message of the run. */
    static void print(String run, Map<String, Double> used, int messages) {
        double wall = used.get("wall");
        double total = used.entrySet().stream().filter(e -> !List.of("wall", "machine").contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
        System.out.printf("[e2e] CPU over %.0f s of the %s, %d messages (machine: %d cores):%n", wall, run, messages,
                Runtime.getRuntime().availableProcessors());
        used.forEach((part, seconds) -> {
            if (!List.of("wall", "machine").contains(part)) {
                System.out.printf("[e2e]   %-26s %7.1f cpu-s  %4.2f cores  %3.0f%%  %5.2f ms per message%n", part, seconds,
                        seconds / wall, 100 * seconds / Math.max(0.001, total), 1000 * seconds / Math.max(1, messages));
            }
        });
        System.out.printf("[e2e]   %-26s %7.1f cpu-s  %4.2f cores        %5.2f ms per message%n", "pipeline and load", total,
                total / wall, 1000 * total / Math.max(1, messages));
        double machine = used.get("machine");
        System.out.printf("[e2e]   %-26s %7.1f cpu-s  %4.2f cores (anything else running here took %.2f cores)%n",
                "whole machine", machine, machine / wall, Math.max(0, machine - total) / wall);
    }

    /** CPU seconds the whole machine has been busy (not idle, not waiting for I/O), from /proc/stat. */
    static double machineBusySeconds() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 7; i++) { // user, nice, system, irq, softirq; not steal
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0;
        }
        catch (java.io.IOException | RuntimeException ex) {
            return 0;
        }
    }
}
