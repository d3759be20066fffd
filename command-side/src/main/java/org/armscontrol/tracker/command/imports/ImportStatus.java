package org.armscontrol.tracker.command.imports;

/** Where an import stands. Rejected rows do not make an import fail: DONE means every row was tried. */
public enum ImportStatus {
    RUNNING, DONE, FAILED
}
