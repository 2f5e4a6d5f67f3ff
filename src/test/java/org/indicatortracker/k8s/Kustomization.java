package org.indicatortracker.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a kustomization tree the way kustomize resolves its resources (files, and folders holding
 * a kustomization.yaml), and yields every document in it, with the files its generators name.
 * Enough to check what `kustomize build` would render, where no kustomize binary exists.
 */
final class Kustomization {
    static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    record Document(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }
    }

    final List<Document> documents = new ArrayList<>();
    final List<Path> generatedFrom = new ArrayList<>();
    final List<String> namespaces = new ArrayList<>();

    static Kustomization load(Path dir) throws IOException {
        Kustomization k = new Kustomization();
        k.walk(dir);
        return k;
    }

    private void walk(Path dir) throws IOException {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no kustomization.yaml in " + dir);
        }
        JsonNode k = YAML.readTree(file.toFile());
        if (k.has("namespace")) {
            namespaces.add(k.get("namespace").asText());
        }
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                walk(p);
            } else if (Files.isRegularFile(p)) {
                readAll(p);
            } else {
                throw new IllegalStateException(file + " names a resource that does not exist: " + r.asText());
            }
        }
        for (JsonNode g : k.path("configMapGenerator")) {
            for (JsonNode f : g.path("files")) {
                Path p = dir.resolve(f.asText()).normalize();
                if (!Files.isRegularFile(p)) {
                    throw new IllegalStateException(file + " generates from a missing file: " + f.asText());
                }
                generatedFrom.add(p);
            }
        }
    }

    private void readAll(Path file) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node != null && !node.isEmpty()) {
                    documents.add(new Document(file, node));
                }
            }
        }
    }

    List<Document> ofKind(String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    Document one(String kind, String name) {
        return documents.stream()
                .filter(d -> d.kind().equals(kind) && d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    <T> T as(Document d, Class<T> type) {
        try {
            return YAML.treeToValue(d.node(), type);
        } catch (IOException e) {
            throw new AssertionError(d.file() + ": not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
