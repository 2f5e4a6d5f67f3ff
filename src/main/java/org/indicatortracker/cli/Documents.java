package org.indicatortracker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A document to publish: its name (the report id) and its text. */
record Documents(String name, String text) {
    private static final String SAMPLES = "/samples/";

    /** The files that could be read as reports, and one line for each that could not. */
    record Loaded(List<Documents> documents, List<String> skipped) {
        /** Prints every skipped file with its reason. */
        void reportSkipped(PrintWriter err) {
            skipped.forEach(s -> err.println("skipped " + s));
            err.flush();
        }
    }

    /** Reads each file as strict UTF-8; a file that is not, or is empty, is skipped with its reason. */
    static Loaded fromFiles(List<Path> paths) throws IOException {
        List<Documents> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path p : Files2.expand(paths)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (IOException e) {
                skipped.add(p + ": cannot be read (" + e.getMessage() + ")");
                continue;
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            String text;
            try {
                text = utf8.decode(in).toString();
            } catch (CharacterCodingException e) {
                skipped.add(p + ": not UTF-8 text (an invalid byte near offset " + in.position()
                        + "; convert it with iconv first)");
                continue;
            }
            if (text.isBlank()) {
                skipped.add(p + ": empty");
            } else {
                out.add(new Documents(p.getFileName().toString(), text));
            }
        }
        return new Loaded(out, skipped);
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
