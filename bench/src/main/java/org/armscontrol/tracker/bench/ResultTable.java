package org.armscontrol.tracker.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's one table: a row per figure, with its target where the issue sets one. */
final class ResultTable {

    private record Row(String measure, String value, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String value) {
        rows.add(new Row(measure, value, "", ""));
    }

    void add(String measure, String value, String target, boolean met) {
        rows.add(new Row(measure, value, target, met ? "met" : "NOT MET"));
    }

    String render() {
        int[] width = {7, 5, 6, 7};
        for (Row row : rows) {
            width[0] = Math.max(width[0], row.measure().length());
            width[1] = Math.max(width[1], row.value().length());
            width[2] = Math.max(width[2], row.target().length());
            width[3] = Math.max(width[3], row.verdict().length());
        }
        StringBuilder table = new StringBuilder();
        line(table, width, "measure", "value", "target", "verdict");
        table.append(String.format("|-%s-|-%s-|-%s-|-%s-|%n", "-".repeat(width[0]), "-".repeat(width[1]),
                "-".repeat(width[2]), "-".repeat(width[3])));
        for (Row row : rows) {
            line(table, width, row.measure(), row.value(), row.target(), row.verdict());
        }
        return table.toString();
    }

    private static void line(StringBuilder table, int[] width, String... cells) {
        table.append(String.format("| %-" + width[0] + "s | %" + width[1] + "s | %-" + width[2] + "s | %-" + width[3]
                + "s |%n", (Object[]) cells));
    }
}
