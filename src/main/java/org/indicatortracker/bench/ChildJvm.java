package org.indicatortracker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A tracker JVM of its own, started with the same main class as `./tracker`, ready once it says so on
 * stdout: the benchmark measures apps this way, and the crash test kills one for real.
 */
public final class ChildJvm {
    private final Process process;
    private long peakRssKb;

    private ChildJvm(Process process) {
        this.process = process;
    }

    public static ChildJvm start(Path logDir, String heap, List<String> args) throws Exception {
        return start(logDir, heap, List.of(), args);
    }

    /** The same, with options for the JVM itself (a flight recording, say). */
    public static ChildJvm start(Path logDir, String heap, List<String> jvmArgs, List<String> args) throws Exception {
        Files.createDirectories(logDir);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-Dfile.encoding=UTF-8"));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.indicatortracker.cli.TrackerCli"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectError(logDir.resolve("stderr.log").toFile())
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("tracker running") || line.startsWith("pass-through running")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ready.await(200, TimeUnit.MILLISECONDS)) {
            // A main thread that died leaves Kafka's threads behind: the JVM lives on, so look for it.
            if (!p.isAlive()
                    || System.nanoTime() > deadline
                    || lastWords(logDir).contains("Exception in thread \"main\"")) {
                p.destroyForcibly();
                throw new IllegalStateException("child JVM did not start; its last words:\n" + lastWords(logDir));
            }
        }
        return new ChildJvm(p);
    }

    private static String lastWords(Path logDir) throws IOException {
        List<String> log = Files.readAllLines(logDir.resolve("stderr.log"));
        return String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size()));
    }

    synchronized void sampleRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
                    peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D+", "")));
                }
            }
        } catch (IOException e) {
            // not on Linux, or gone
        }
    }

    public long pid() {
        return process.pid();
    }

    public synchronized long peakRssKb() {
        sampleRss();
        return peakRssKb;
    }

    /** SIGKILL: no shutdown hook, no clean close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes the app cleanly. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
