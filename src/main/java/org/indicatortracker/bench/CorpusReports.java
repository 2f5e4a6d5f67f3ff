package org.indicatortracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real reports of a folder, read once for a benchmark: every {@code *.txt} under it, at any
 * depth, in the order of their paths, so that two benchmarks over one folder measure the same bytes.
 *
 * @param dir     the folder
 * @param reports its reports, in path order
 */
public record CorpusReports(Path dir, List<Report> reports) {
    /**
     * One file.
     *
     * @param id    its path relative to the folder, with / between names (city/三亚市-2021.txt)
     * @param text  its text
     * @param bytes its size in UTF-8, what MB/s figures count
     */
    public record Report(String id, String text, int bytes) {}

    public CorpusReports {
        reports = List.copyOf(reports);
    }

    /** Reads every {@code *.txt} under {@code dir} as UTF-8; a file that is not UTF-8 fails the load, named. */
    public static CorpusReports load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        List<Report> out = new ArrayList<>(files.size());
        for (Path p : files) {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IOException(p + ": cannot be read as UTF-8 (" + e + ")", e);
            }
            String id = dir.relativize(p).toString().replace('\\', '/');
            out.add(new Report(id, text, text.getBytes(StandardCharsets.UTF_8).length));
        }
        if (out.isEmpty()) {
            throw new IOException("no *.txt reports under " + dir.toAbsolutePath());
        }
        return new CorpusReports(dir, out);
    }

    /** The UTF-8 size of all the reports together. */
    public long bytes() {
        return reports.stream().mapToLong(Report::bytes).sum();
    }
}
