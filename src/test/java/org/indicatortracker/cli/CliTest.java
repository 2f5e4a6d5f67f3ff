package org.indicatortracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.indicatortracker.extract.Comparator;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.stream.Json;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Reports;
import org.indicatortracker.verdict.GoalRules;
import org.indicatortracker.verdict.GoalStatus;
import org.indicatortracker.verdict.Status;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a new user meets it: bad files, a wrong address, a closed pipe. */
class CliTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(PrintWriter out, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = TrackerCli.commandLine();
        cl.setOut(out);
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, "", err.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        Run r = run(new PrintWriter(out, true), args);
        return new Run(r.exit(), out.toString(), r.err());
    }

    @Test
    void aFileThatIsNotUtf8IsSkippedWithItsNameAndTheRestIsRead() throws Exception {
        Path dir = EmbeddedKafka.tempDir("cli-files");
        Files.writeString(dir.resolve("a-good.txt"), Reports.EXAMPLE_2024, StandardCharsets.UTF_8);
        Files.write(dir.resolve("b-gbk.txt"), Reports.EXAMPLE_2024.getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("c-empty.txt"), new byte[0]);

        Run r = run("extract", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"reportId\":\"a-good.txt\"");
        assertThat(r.err())
                .contains("b-gbk.txt: not UTF-8")
                .contains("c-empty.txt: empty")
                .contains("skipped 2 file(s)");
    }

    @Test
    void noBootstrapAddressIsAUsageError() {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null, "KAFKA_BOOTSTRAP_SERVERS is set here");
        Run r = run("scorecard");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("no Kafka: give --bootstrap-servers");
    }

    @Test
    void aWrongBootstrapAddressFailsSoonNamingTheAddress() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("watch", "-b", "127.0.0.1:1", "--json"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains("127.0.0.1:1");
    }

    @Test
    void watchPrintsTheCurrentStatusesAndStopsAndStopsOnAClosedPipe() throws Exception {
        String prefix = "cli-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String topic = prefix + "goal-status";
        Properties p = new Properties();
        p.put("bootstrap.servers", EmbeddedKafka.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String indicator : List.of("gdp", "cpi", "retail_sales")) {
                producer.send(new ProducerRecord<>(
                        topic,
                        "扬州市|2023|" + indicator,
                        "{\"region\":\"扬州市\",\"year\":2023,\"indicator\":\"" + indicator + "\",\"status\":\"MET\"}"));
            }
            producer.send(new ProducerRecord<>(topic, "扬州市|2023|cpi", null));
        }
        String[] args = {
            "watch", "-b", EmbeddedKafka.bootstrapServers(), "-c", "tracker.topic.prefix=" + prefix, "--json"
        };

        Run all = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args));
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"status\":\"MET\""));

        // `watch --json | head -1`: the reader goes away after one line, and watch goes too.
        PrintWriter closing = new PrintWriter(
                new OutputStream() {
                    private int lines;

                    @Override
                    public void write(int b) throws IOException {
                        if (lines >= 1) {
                            throw new IOException("Broken pipe");
                        }
                        if (b == '\n') {
                            lines++;
                        }
                    }
                },
                true);
        String[] follow = {
            "watch",
            "-b",
            EmbeddedKafka.bootstrapServers(),
            "-c",
            "tracker.topic.prefix=" + prefix,
            "--json",
            "--follow"
        };
        Run piped = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(closing, follow));
        assertThat(piped.exit()).isZero();
    }

    @Test
    void exportWritesEveryGoalAsARowThatReadsBackWhole() throws Exception {
        String prefix = "export-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String topic = prefix + "goal-status";
        Properties p = new Properties();
        p.put("bootstrap.servers", EmbeddedKafka.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        // A clause with a comma, quotes and a line break: the CSV must keep it whole.
        String clause = "地区生产总值增长5.5%左右，\"力争\"更好\n结果";
        Fact target = Fact.builder()
                .reportId("扬州市-2024.txt")
                .region("扬州市", "321000")
                .role(Fact.Role.target)
                .year(2024)
                .indicator("gdp", "地区生产总值")
                .kind(Fact.Kind.growth)
                .comparator(Comparator.approx)
                .value(5.5, "%")
                .text(clause)
                .span(10, 30)
                .build();
        Fact actual = target.toBuilder()
                .reportId("扬州市-2025.txt")
                .role(Fact.Role.actual)
                .comparator(Comparator.eq)
                .value(5.8, "%")
                .estimate(true)
                .text("地区生产总值增长5.8%")
                .span(40, 52)
                .build();
        GoalStatus met = GoalStatus.of(target, new GoalRules.Verdict(Status.MET, 0.3, "目标…→ 完成"))
                .withEvidence(actual, null, GoalStatus.Basis.figures, List.of());
        GoalStatus pending = GoalStatus.of(
                target.withRegion("南京市", "320100").toBuilder()
                        .reportId("南京市-2024.txt")
                        .build(),
                new GoalRules.Verdict(Status.PENDING, null, "尚无回顾"));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (GoalStatus g : List.of(met, pending)) {
                producer.send(new ProducerRecord<>(topic, g.key(), Json.writeString(g)));
            }
        }
        Path csv = EmbeddedKafka.tempDir("export").resolve("goals.csv");
        Run r = run(
                "export",
                "-b",
                EmbeddedKafka.bootstrapServers(),
                "-c",
                "tracker.topic.prefix=" + prefix,
                "--format",
                "csv",
                "-o",
                csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv.toFile())) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(2);
        Map<String, String> yangzhou = rows.stream()
                .filter(m -> m.get("region").equals("扬州市"))
                .findFirst()
                .orElseThrow();
        assertThat(yangzhou.get("targetClause")).isEqualTo(clause);
        assertThat(yangzhou)
                .containsEntry("regionCode", "321000")
                .containsEntry("level", "prefecture")
                .containsEntry("parent", "江苏省")
                .containsEntry("status", "MET")
                .containsEntry("actualEstimate", "true")
                .containsEntry("reportIds", "扬州市-2024.txt 扬州市-2025.txt");

        Run card = run("scorecard", "-b", EmbeddedKafka.bootstrapServers(), "-c", "tracker.topic.prefix=" + prefix);
        assertThat(card.exit()).isZero();
        assertThat(card.out())
                .contains("by year")
                .contains("2024")
                .contains("prefecture")
                .contains("1.00");

        Run onlyMet = run(
                "export",
                "-b",
                EmbeddedKafka.bootstrapServers(),
                "-c",
                "tracker.topic.prefix=" + prefix,
                "--format",
                "jsonl",
                "--status",
                "met");
        assertThat(onlyMet.out().lines()).singleElement().asString().contains("\"region\":\"扬州市\"");
    }
}
