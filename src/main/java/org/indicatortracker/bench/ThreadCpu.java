package org.indicatortracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CPU time of a process's threads, summed by what they do, read from /proc (which costs the
 * process nothing): where an app's time goes while it is measured, without a profiler. Linux only;
 * elsewhere every snapshot is empty.
 */
public final class ThreadCpu {
    /** Thread groups, by the start of the thread's name as the kernel keeps it (15 characters). */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("C1 CompilerThre", "jit"),
            Map.entry("C2 CompilerThre", "jit"),
            Map.entry("rocksdb:", "rocksdb"),
            Map.entry("kafka-producer-", "producerIo"),
            Map.entry("GC Thread", "gc"),
            Map.entry("G1 ", "gc"),
            Map.entry("VM Thread", "gc"));

    /** Clock ticks per second of /proc's counters: 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ThreadCpu() {}

    /**
     * Ticks of user and system time by group.
     *
     * @param ownGroups the process's own groups, by the start of their threads' names (checked first)
     */
    public static Map<String, Long> snapshot(long pid, Map<String, String> ownGroups) {
        Map<String, Long> out = new TreeMap<>();
        Path tasks = Path.of("/proc", String.valueOf(pid), "task");
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : threads.toList()) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    String stat = Files.readString(t.resolve("stat"));
                    // Fields after the name in parentheses; utime and stime are the 14th and 15th of the line.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    out.merge(groupOf(name, ownGroups), ticks, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException notLinux) {
            return Map.of();
        }
        return out;
    }

    static String groupOf(String threadName, Map<String, String> ownGroups) {
        for (Map.Entry<String, String> g : ownGroups.entrySet()) {
            // The kernel keeps the first 15 characters of a thread's name.
            if (threadName.startsWith(
                    g.getKey().substring(0, Math.min(15, g.getKey().length())))) {
                return g.getValue();
            }
        }
        for (Map.Entry<String, String> g : GROUPS) {
            if (threadName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return "other";
    }

    /** Seconds of CPU by group between two snapshots, with their total under {@code total}. */
    public static Map<String, Double> seconds(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, Long> e : new TreeMap<>(after).entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            total += d;
            out.put(e.getKey(), Math.round(d / TICKS_PER_SECOND * 10) / 10.0);
        }
        out.put("total", Math.round(total / TICKS_PER_SECOND * 10) / 10.0);
        return out;
    }
}
