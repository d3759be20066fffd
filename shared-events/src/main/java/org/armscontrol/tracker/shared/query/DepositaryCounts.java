package org.armscontrol.tracker.shared.query;

/**
 * The counts a depositary's status table prints in its header: the states that signed (whatever they did since)
 * and the states bound by their consent (not withdrawn), as of the date asked.
 */
public record DepositaryCounts(int signatories, int parties) {
}
