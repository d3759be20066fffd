package org.armscontrol.tracker.command.imports;

import java.util.List;

/** An import file as read: its format and its rows, in order. */
record ImportFile(ImportFormat format, List<ImportRow> rows) {

    ImportFile {
        rows = List.copyOf(rows);
    }
}
