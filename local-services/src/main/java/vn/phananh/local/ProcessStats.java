package vn.phananh.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of a process group from Linux {@code /proc}, summed over its
 * members the way the launcher's {@code status} sums memory: each part of the stack is the leader
 * of a process group (Elasticsearch's is its CLI launcher and the node).
 */
public final class ProcessStats {

    /** Clock ticks per second of {@code /proc/<pid>/stat} times; 100 on every Linux we run on. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** CPU seconds (user + system) used so far by every live member of the group. */
    public static double cpuSeconds(long pgid) {
        return ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid)
                .mapToObj(ProcessStats::stat)
                .filter(fields -> fields != null && Long.parseLong(fields[2]) == pgid)
                .mapToLong(fields -> Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
                .sum() / TICKS_PER_SECOND;
    }

    /** CPU seconds of this JVM (the load generator runs in it). */
    public static double ownCpuSeconds() {
        String[] fields = stat(ProcessHandle.current().pid());
        return fields == null ? 0 : (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /**
     * Whether a member of the group still runs. Zombies do not count: a member killed with its
     * parent is reparented to PID 1, and in a container whose PID 1 does not reap it stays a
     * zombie for good, which {@code kill -0} would report as alive.
     */
    public static boolean groupHasLiveMember(long pgid) {
        return ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).mapToObj(ProcessStats::stat)
                .anyMatch(f -> f != null && Long.parseLong(f[2]) == pgid && !f[0].equals("Z") && !f[0].equals("X"));
    }

    /** Whether this system has the {@code /proc} these figures come from. */
    public static boolean available() {
        return java.nio.file.Files.isReadable(Path.of("/proc/self/stat"));
    }

    /** Resident memory of every member of the group, MiB. */
    public static long rssMib(long pgid) {
        return ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid)
                .filter(pid -> { String[] f = stat(pid); return f != null && Long.parseLong(f[2]) == pgid; })
                .map(ProcessStats::vmRssKib).sum() / 1024;
    }

    /** The fields of /proc/pid/stat after the command name: [0] state, [2] pgrp, [11] utime, [12] stime. */
    private static String[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        }
        catch (IOException | RuntimeException ex) {
            return null; // the process ended meanwhile
        }
    }

    private static long vmRssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        catch (IOException | RuntimeException ex) {
            // ended meanwhile
        }
        return 0;
    }

    private ProcessStats() {
    }
}
