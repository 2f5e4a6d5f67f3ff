package org.indicatortracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void streamThreadsAreKnownByTheFirstFifteenCharactersOfTheApplicationId() {
        Map<String, String> app = Map.of("bench-tracker-1", "stream");
        // bench-tracker-1-5f0c…-StreamThread-2, as the kernel keeps it
        assertThat(ThreadCpu.groupOf("bench-tracker-1", app)).isEqualTo("stream");
        assertThat(ThreadCpu.groupOf("C2 CompilerThre", app)).isEqualTo("jit");
        assertThat(ThreadCpu.groupOf("rocksdb:low", app)).isEqualTo("rocksdb");
        assertThat(ThreadCpu.groupOf("kafka-producer-", app)).isEqualTo("producerIo");
        assertThat(ThreadCpu.groupOf("kafka-coordinat", app)).isEqualTo("other");
    }

    @Test
    void secondsAreTheTicksBetweenSnapshotsWithTheirTotal() {
        Map<String, Double> s =
                ThreadCpu.seconds(Map.of("jit", 100L, "stream", 50L), Map.of("jit", 350L, "stream", 100L, "gc", 20L));
        assertThat(s).containsEntry("jit", 2.5).containsEntry("stream", 0.5).containsEntry("gc", 0.2);
        assertThat(s).containsEntry("total", 3.2);
    }

    @Test
    void aBusyThreadOfThisJvmShowsInItsGroup() throws InterruptedException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux's /proc");
        Map<String, String> groups = Map.of("busy-for-a-test", "busy");
        long pid = ProcessHandle.current().pid();
        Map<String, Long> before = ThreadCpu.snapshot(pid, groups);
        Thread busy = new Thread(
                () -> {
                    long until = System.nanoTime() + 400_000_000L;
                    double x = 0;
                    while (System.nanoTime() < until) {
                        x += Math.sqrt(x + 1);
                    }
                    if (x < 0) {
                        System.out.println(x);
                    }
                },
                "busy-for-a-test");
        busy.start();
        Thread.sleep(300);
        Map<String, Long> during = ThreadCpu.snapshot(pid, groups);
        busy.join();
        assertThat(ThreadCpu.seconds(before, during).getOrDefault("busy", 0.0)).isGreaterThan(0.0);
    }
}
