package org.indicatortracker.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.indicatortracker.extract.Extractor;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.extract.ReportOverrides;
import org.indicatortracker.report.ReportSplitter;
import org.indicatortracker.stream.Json;
import org.indicatortracker.stream.ReportEnvelope;
import org.indicatortracker.verdict.GoalKey;

/**
 * Publishes reports to the {@code reports} topic as JSON envelopes keyed by report id. A document
 * that holds a collection is published as its reports, one record each.
 */
public final class ReportPublisher implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public ReportPublisher(Properties clientProps, String topic) {
        Properties p = new Properties();
        p.putAll(clientProps);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, "8388608");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** The envelopes a document becomes: one per report it holds. */
    public static List<ReportEnvelope> envelopes(
            String documentId, String text, ReportOverrides overrides, Extractor extractor) {
        List<ReportSplitter.Part> parts = extractor.parts(text);
        List<ReportEnvelope> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ReportSplitter.Part part = parts.get(i);
            String id = Extractor.partId(documentId, i, parts.size());
            out.add(new ReportEnvelope(
                    id,
                    overrides.region(),
                    overrides.year(),
                    null,
                    overrides.source(),
                    text.substring(part.start(), part.end())));
        }
        return out;
    }

    /** Is the text something the extractor recognises as a report (or a quote of a target list)? */
    public static boolean recognised(ReportEnvelope e, Extractor extractor) {
        return extractor.extract(e.id(), e.text(), e.overrides()).recognised();
    }

    /** The goals these reports set (region|year|indicator of every target): what a reader waits for. */
    public static Set<String> targetGoals(List<ReportEnvelope> envelopes, Extractor extractor) {
        Set<String> goals = new TreeSet<>();
        for (ReportEnvelope e : envelopes) {
            extractor.extract(e.id(), e.text(), e.overrides()).facts().stream()
                    .filter(f -> f.role() == Fact.Role.target)
                    .forEach(f -> goals.add(GoalKey.of(f).encode()));
        }
        return goals;
    }

    public Future<RecordMetadata> send(ReportEnvelope envelope) {
        return producer.send(new ProducerRecord<>(topic, envelope.id(), Json.write(envelope)));
    }

    public Future<RecordMetadata> sendRaw(String key, String value) {
        return producer.send(
                new ProducerRecord<>(topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
    }

    public Future<RecordMetadata> sendBytes(String key, byte[] value) {
        return producer.send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends all, waits for every acknowledgement, reports progress after each. */
    public void sendAll(List<ReportEnvelope> envelopes, Consumer<ReportEnvelope> progress) throws Exception {
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        for (ReportEnvelope e : envelopes) {
            pending.add(send(e));
        }
        producer.flush();
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).get();
            progress.accept(envelopes.get(i));
        }
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
