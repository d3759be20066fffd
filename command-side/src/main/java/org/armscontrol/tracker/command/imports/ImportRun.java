package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.shared.value.Recorder;

/**
 * How the rows of a file are sent: by whom (the recorder of every record written), under which correlation id
 * (one for the whole file, so that auditors see its events together), keyed how, whether for real, and what to do
 * with probable duplicates of statements on record.
 */
record ImportRun(Recorder recordedBy, String correlationId, RowKeys keys, boolean dryRun, Duplicates duplicates) {
}
