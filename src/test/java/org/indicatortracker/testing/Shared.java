package org.indicatortracker.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed documents, the corpus and their gold files in ../shared. CI has them: under CI=true a test
 * that needs them fails when they are missing; elsewhere it skips with the reason.
 */
public final class Shared {
    private Shared() {}

    public static Path dir() {
        Path p = Path.of(System.getProperty("tracker.shared", "../shared"))
                .toAbsolutePath()
                .normalize();
        require(
                Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("gold/seed-gold.json")),
                "the seed documents are not at " + p + " (set -Dtracker.shared=DIR to point at them)");
        return p;
    }

    public static Path seeds() {
        return dir().resolve("seeds");
    }

    public static Path gold() {
        return dir().resolve("gold/seed-gold.json");
    }

    /** The corpus of real reports, with its MANIFEST.tsv. */
    public static Path corpus() {
        Path c = dir().resolve("corpus");
        require(Files.isRegularFile(c.resolve("MANIFEST.tsv")), "the corpus is not at " + c);
        return c;
    }

    private static void require(boolean present, String what) {
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, but " + what);
        }
        assumeTrue(present, "skipped: " + what);
    }
}
