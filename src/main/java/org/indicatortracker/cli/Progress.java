package org.indicatortracker.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr when a person is watching a terminal, and nothing otherwise: escape codes
 * in redirected output are noise in a log or a file.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress of(String task, long max) {
        boolean terminal = System.console() != null;
        return new Progress(
                terminal
                        ? new ProgressBarBuilder()
                                .setTaskName(task)
                                .setInitialMax(max)
                                .build()
                        : null);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
