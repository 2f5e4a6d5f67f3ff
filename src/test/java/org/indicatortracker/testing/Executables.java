package org.indicatortracker.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Programs a test runs for real (Prometheus, Chromium), found on the PATH. CI installs them: under
 * CI=true a missing one fails the test; elsewhere the test skips, and says why where a person looks.
 */
public final class Executables {
    private Executables() {}

    /** The first of {@code names} on the PATH, or {@code given} when set; else skip, or fail under CI. */
    public static Path required(String given, String why, String... names) {
        Optional<Path> found = given != null
                ? Optional.of(Path.of(given)).filter(Files::isExecutable)
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
                        .filter(Files::isExecutable)
                        .findFirst();
        if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, but " + why);
        }
        if (found.isEmpty()) {
            // Surefire keeps a skip's reason in its XML only: say it on the console too.
            System.err.println("skipped: " + why);
        }
        assumeTrue(found.isPresent(), "skipped: " + why);
        return found.get();
    }
}
