package org.armscontrol.tracker.command.imports;

/** The formats of an import file. */
public enum ImportFormat {
    CSV, JSON
}
