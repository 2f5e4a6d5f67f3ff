package org.indicatortracker.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.indicatortracker.extract.Fact;
import org.indicatortracker.verdict.GoalStatus;

/** Goal statuses as a plain-text table, padded for the double width of Chinese characters. */
final class GoalTable {
    static final String[] HEADER = {"region", "year", "indicator", "target", "actual", "status"};

    private GoalTable() {}

    static String render(Collection<GoalStatus> statuses) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (GoalStatus s : statuses) {
            rows.add(row(s));
        }
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            out.append(line(r, widths)).append('\n');
        }
        return out.toString();
    }

    static String line(String[] r, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            out.append(r[i]);
            if (i < r.length - 1) {
                out.append(" ".repeat(Math.max(1, widths[i] - width(r[i]) + 2)));
            }
        }
        return out.toString().stripTrailing();
    }

    static String[] row(GoalStatus s) {
        return new String[] {
            s.region(),
            String.valueOf(s.year()),
            s.indicatorName(),
            figure(s.target()),
            s.actual() == null ? "—" : figure(s.actual()),
            s.status().name()
        };
    }

    static String figure(Fact f) {
        if (f == null) {
            return "—";
        }
        if (f.value() == null) {
            return f.kind() == Fact.Kind.relative
                    ? "≈" + (f.relativeTo() == null ? "" : f.relativeTo()) + " (" + f.kind() + ")"
                    : f.kind().name();
        }
        String cmp = switch (f.comparator()) {
            case ge -> "≥";
            case gt -> ">";
            case le -> "≤";
            case approx -> "≈";
            default -> "";
        };
        String sign = f.direction() == Fact.Direction.decrease ? "-" : "";
        String v = trim(f.value()) + (f.valueHigh() != null ? "–" + trim(f.valueHigh()) : "");
        String level = f.levelValue() != null ? " (" + trim(f.levelValue()) + f.levelUnit() + ")" : "";
        return cmp + sign + v + f.unit() + level + (f.estimate() ? " est." : "");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100
                            && (c <= 0x115F
                                    || (c >= 0x2E80 && c <= 0xA4CF)
                                    || (c >= 0xAC00 && c <= 0xD7A3)
                                    || (c >= 0xF900 && c <= 0xFAFF)
                                    || (c >= 0xFE30 && c <= 0xFE4F)
                                    || (c >= 0xFF00 && c <= 0xFF60)
                                    || (c >= 0xFFE0 && c <= 0xFFE6)))
                    ? 2
                    : 1;
        }
        return w;
    }
}
