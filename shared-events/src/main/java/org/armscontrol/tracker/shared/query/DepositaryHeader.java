package org.armscontrol.tracker.shared.query;

import java.time.LocalDate;

/**
 * The counts a depositary's own status document prints in its header, as published (not counted from the facts the
 * tracker holds): the signatories (null where the document counts none, e.g. the CCW protocols, joined without
 * signature), the parties, the document's status date in its own words, and the date of its latest action, the
 * last day the counts can speak for.
 */
public record DepositaryHeader(Integer signatories, int parties, String statusAsAt, LocalDate latestAction,
                               String source) {
}
