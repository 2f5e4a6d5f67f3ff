package org.indicatortracker.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import org.indicatortracker.report.Gazetteer;
import org.indicatortracker.verdict.GoalStatus;

/** Goals written as CSV (a kept library, so that clauses with commas, quotes and line breaks stay whole) or JSON lines. */
public final class GoalExport {
    public enum Format {
        csv,
        jsonl
    }

    private static final CsvMapper CSV =
            CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(GoalRow.class).withHeader();
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoalExport() {}

    public static void write(Collection<GoalStatus> goals, Format format, Writer out) throws IOException {
        Gazetteer gazetteer = Gazetteer.standard();
        if (format == Format.csv) {
            try (SequenceWriter w = CSV.writer(SCHEMA).writeValues(out)) {
                for (GoalStatus g : goals) {
                    w.write(GoalRow.of(g, gazetteer));
                }
            }
            out.flush();
        } else {
            for (GoalStatus g : goals) {
                out.write(JSON.writeValueAsString(GoalRow.of(g, gazetteer)));
                out.write('\n');
            }
            out.flush();
        }
    }
}
