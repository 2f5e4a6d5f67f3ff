package org.indicatortracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A document to publish: its name (the report id) and its text. */
record Documents(String name, String text) {
    private static final String SAMPLES = "/samples/";

    static List<Documents> fromFiles(List<Path> paths) throws IOException {
        List<Documents> out = new ArrayList<>();
        for (Path p : Files2.expand(paths)) {
            out.add(new Documents(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** The project's own sample reports, listed in samples/index.txt. */
    static List<Documents> samples() throws IOException {
        List<Documents> out = new ArrayList<>();
        for (String name : resource("index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                out.add(new Documents(name.strip(), resource(name.strip())));
            }
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Documents.class.getResourceAsStream(SAMPLES + name)) {
            if (in == null) {
                throw new IOException("sample missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
