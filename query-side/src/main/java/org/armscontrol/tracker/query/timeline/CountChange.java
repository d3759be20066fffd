package org.armscontrol.tracker.query.timeline;

import java.time.LocalDate;

/** On {@code date}, the number of countries counted under {@code key} (a status, or DEPOSITED_NOT_IN_FORCE) changes by {@code delta}. */
record CountChange(LocalDate date, String key, int delta) {
}
