package org.indicatortracker.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.indicatortracker.app.TrackerApp;
import org.indicatortracker.config.TrackerConfig;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Executables;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;

/**
 * The page in a real browser: Debian's Chromium, headless, loads it from an app that has processed
 * reports, and the rendered DOM must show the scorecard and the region's goals, coloured by status,
 * with their clauses. {@code .ci/run} installs Chromium; under CI=true its absence is a failure.
 */
class PageTest {
    private final PipelineContract contract = new EmbeddedBrokerPipelineTest();

    @Test
    void thePageShowsTheScorecardAndARegionsGoalsWithTheirClauses() throws Exception {
        Path browser = Executables.required(
                null,
                "no chromium on the PATH (.ci/run installs Debian's chromium package)",
                "chromium",
                "chromium-browser");
        TrackerConfig config = contract.freshConfig();
        try (TrackerApp app = TrackerApp.start(config, true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            List<ReportEnvelope> reports = List.of(
                    new ReportEnvelope("r2023", null, null, null, null, Reports.EXAMPLE_2023),
                    new ReportEnvelope("r2024", null, null, null, null, Reports.EXAMPLE_2024));
            ReliabilityTest.publish(config, reports);
            ReliabilityTest.settled(config, ReliabilityTest.expectedGoals(reports), Duration.ofSeconds(90));

            String url = "http://127.0.0.1:" + app.httpPort() + "/?region="
                    + URLEncoder.encode("洛阳市", StandardCharsets.UTF_8);
            String dom = render(browser, url);

            assertThat(dom).contains("data-loaded=\"true\"");
            assertThat(dom).contains("year 2023").contains("level prefecture");
            assertThat(dom).contains("<span class=\"status MET\">MET</span>");
            assertThat(dom).contains("<span class=\"status MISSED\">MISSED</span>");
            assertThat(dom).contains("<span class=\"status PENDING\">PENDING</span>");
            // The clauses, and the rule with its margin, are on the page without opening anything.
            assertThat(dom).contains("地区生产总值增长6%左右").contains("差距");
        }
    }

    /** The DOM after the page's scripts ran, as headless Chromium dumps it. */
    private static String render(Path browser, String url) throws Exception {
        Path profile = EmbeddedKafka.tempDir("chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=15000",
                "--dump-dom",
                url));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return dom;
    }
}
