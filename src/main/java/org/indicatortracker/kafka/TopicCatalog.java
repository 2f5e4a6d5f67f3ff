package org.indicatortracker.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The topics, read from the Strimzi {@code KafkaTopic} files of {@code topics/}: the same files that
 * Kubernetes applies, so that a local run and a cluster cannot disagree. The build copies them into
 * the jar; a {@code topics/} folder in the working directory wins over the copy.
 */
public final class TopicCatalog {
    /** The logical topics of the tracker; their files in topics/ are named after them. */
    public static final List<String> NAMES = List.of("reports", "report-facts", "goal-status", "reports-dlq");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, TopicSpec> specs;

    private TopicCatalog(Map<String, TopicSpec> specs) {
        this.specs = specs;
    }

    public static TopicCatalog load() {
        Path dir = Path.of("topics");
        return Files.isDirectory(dir) ? fromDirectory(dir) : fromClasspath();
    }

    public static TopicCatalog fromDirectory(Path dir) {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            // kustomization.yaml lives here too, so that k8s/ applies these very files.
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList()) {
                TopicSpec spec = parse(Files.readAllBytes(f), f.toString());
                specs.put(spec.name(), spec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topics from " + dir, e);
        }
        return checked(specs);
    }

    public static TopicCatalog fromClasspath() {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        for (String name : NAMES) {
            String resource = "/topics/" + name + ".yaml";
            try (InputStream in = TopicCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("topic definition missing from the jar: " + resource);
                }
                TopicSpec spec = parse(in.readAllBytes(), resource);
                specs.put(spec.name(), spec);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return checked(specs);
    }

    static TopicSpec parse(byte[] yaml, String origin) throws IOException {
        JsonNode root = YAML.readTree(yaml);
        if (!"KafkaTopic".equals(root.path("kind").asText())) {
            throw new IllegalArgumentException(origin + ": not a KafkaTopic");
        }
        JsonNode spec = root.path("spec");
        String name =
                spec.path("topicName").asText(root.path("metadata").path("name").asText());
        Map<String, String> config = new LinkedHashMap<>();
        spec.path("config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return new TopicSpec(
                name, spec.path("partitions").asInt(1), spec.path("replicas").asInt(1), Map.copyOf(config));
    }

    private static TopicCatalog checked(Map<String, TopicSpec> specs) {
        List<String> missing = new ArrayList<>();
        for (String n : NAMES) {
            if (!specs.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("topics/ lacks definitions for " + missing);
        }
        return new TopicCatalog(Map.copyOf(specs));
    }

    public TopicSpec get(String name) {
        TopicSpec spec = specs.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("no topic " + name + " in topics/");
        }
        return spec;
    }

    public List<TopicSpec> all() {
        return NAMES.stream().map(specs::get).toList();
    }
}
