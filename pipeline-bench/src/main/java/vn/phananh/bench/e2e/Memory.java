package vn.phananh.bench.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phananh.bench.PipelineCommand;
import vn.phananh.bench.Target;
import vn.phananh.local.ProcessStats;

/**
 * Resident memory of every process of the running pipeline: the five parts as
 * {@code ./pipeline status} reports them (each process group, from the state file), plus the
 * launcher JVM that {@code up --detach} leaves running.
 */
final class Memory {

    private static final Pattern PART = Pattern.compile("^(\\S+)\\s+(UP|DOWN)\\s+\\S+\\s+rss\\s+(\\d+) MiB\\s+pid (\\d+)$");

    /** MiB per process, launcher last. */
    static Map<String, Long> now(Target target) {
        PipelineCommand.Result status = PipelineCommand.run(target, Duration.ofMinutes(1), "status");
        Map<String, Long> mib = new LinkedHashMap<>();
        for (String line : status.output().split("\n")) {
            Matcher m = PART.matcher(line.trim());
            if (m.matches()) {
                mib.put(m.group(1), Long.parseLong(m.group(3)));
            }
        }
        Long launcher = target.pids().get("launcher");
        if (launcher != null) {
            mib.put("launcher", ProcessStats.rssMib(launcher));
        }
        return mib;
    }

    static long total(Map<String, Long> mib) {
        return mib.values().stream().mapToLong(Long::longValue).sum();
    }

    static String describe(Map<String, Long> mib) {
        StringBuilder line = new StringBuilder();
        mib.forEach((part, m) -> line.append(part).append(' ').append(m).append(" MiB, "));
        return line.append("total ").append(total(mib)).append(" MiB").toString();
    }

    private Memory() {
    }
}
