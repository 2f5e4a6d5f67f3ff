package org.indicatortracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.indicatortracker.testing.EmbeddedKafka;
import org.indicatortracker.testing.Reports;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a new user meets it: bad files, a wrong address, a closed pipe. */
class CliTest {
    private record Run(int exit, String out, String err) {
    }

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
        assertThat(r.err()).contains("b-gbk.txt: not UTF-8").contains("c-empty.txt: empty")
                .contains("skipped 2 file(s)");
    }

    @Test
    void aWrongBootstrapAddressFailsSoonNamingTheAddress() {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("watch", "-b", "127.0.0.1:1", "--json"));
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
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (String indicator : List.of("gdp", "cpi", "retail_sales")) {
                producer.send(new ProducerRecord<>(topic, "扬州市|2023|" + indicator,
                        "{\"region\":\"扬州市\",\"year\":2023,\"indicator\":\"" + indicator + "\",\"status\":\"MET\"}"));
            }
            producer.send(new ProducerRecord<>(topic, "扬州市|2023|cpi", null));
        }
        String[] args = {"watch", "-b", EmbeddedKafka.bootstrapServers(), "-c", "tracker.topic.prefix=" + prefix, "--json"};

        Run all = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args));
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"status\":\"MET\""));

        // `watch --json | head -1`: the reader goes away after one line, and watch goes too.
        PrintWriter closing = new PrintWriter(new OutputStream() {
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
        }, true);
        String[] follow = {"watch", "-b", EmbeddedKafka.bootstrapServers(), "-c", "tracker.topic.prefix=" + prefix, "--json", "--follow"};
        Run piped = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(closing, follow));
        assertThat(piped.exit()).isZero();
    }
}
