package org.indicatortracker.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a long-running command ends: it waits until the JVM is asked to stop (Ctrl-C, SIGTERM), then
 * closes what it runs in the order given (the app before the broker it talks to), one failure not
 * keeping the rest open. Shared by run, demo --keep-running and the benchmark's pass-through.
 */
final class UntilStopped {
    private static final Logger LOG = LoggerFactory.getLogger(UntilStopped.class);

    private UntilStopped() {}

    /** Blocks until shutdown; null resources are skipped. */
    static void await(String name, AutoCloseable... resources) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            for (AutoCloseable r : resources) {
                                if (r == null) {
                                    continue;
                                }
                                try {
                                    r.close();
                                } catch (Exception e) {
                                    LOG.warn("{}: closing {} failed: {}", name, r, e.toString());
                                }
                            }
                            stopped.countDown();
                        },
                        name + "-shutdown"));
        stopped.await();
    }
}
