package org.armscontrol.tracker.command.imports;

import java.util.List;

/**
 * Something a row's report warns of without refusing the row: a probable duplicate of statements on record.
 *
 * @param code       what kind of warning ({@code PROBABLE_DUPLICATE})
 * @param records    the ids of the records the row probably duplicates
 */
public record RowWarning(String code, String detail, List<String> records) {

    public RowWarning {
        records = List.copyOf(records);
    }
}
