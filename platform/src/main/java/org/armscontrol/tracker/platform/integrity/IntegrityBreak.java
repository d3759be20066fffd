package org.armscontrol.tracker.platform.integrity;

/**
 * The first place where the event log is not what was appended.
 *
 * @param aggregateId    the stream, when the break is in one (null for a broken checkpoint)
 * @param sequenceNumber the event at fault; for a gap or a truncation, the first missing one
 * @param globalIndex    the global index of the event at fault, when it is still in the store
 * @param problem        what is wrong
 * @param detail         the same for people, naming what was expected and what was found
 */
public record IntegrityBreak(String aggregateId, Long sequenceNumber, Long globalIndex, IntegrityProblem problem,
                             String detail) {
}
