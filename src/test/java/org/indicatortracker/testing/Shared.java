package org.indicatortracker.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed documents and their gold file in ../shared, which CI has; tests that need them skip without. */
public final class Shared {
    private Shared() {
    }

    public static Path dir() {
        Path p = Path.of(System.getProperty("tracker.shared", "../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("gold/seed-gold.json")),
                "skipped: the seed documents are not at " + p + " (set -Dtracker.shared=DIR to point at them)");
        return p;
    }

    public static Path seeds() {
        return dir().resolve("seeds");
    }

    public static Path gold() {
        return dir().resolve("gold/seed-gold.json");
    }
}
