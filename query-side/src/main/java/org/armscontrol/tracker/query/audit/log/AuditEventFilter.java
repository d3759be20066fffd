package org.armscontrol.tracker.query.audit.log;

import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;

import java.time.Instant;

/**
 * Which events of the log to list (null: any).
 *
 * @param user          who recorded them (the recordedBy of their metadata)
 * @param recordedFrom  recorded at or after this instant
 * @param recordedUntil recorded before this instant
 * @param knownAt       recorded at or before this instant: the log as it stood then
 * @param after         only events after this global index (the cursor of the previous page, oldest first)
 * @param before        only events before this global index (the cursor of the previous page, newest first)
 * @param newestFirst   latest recorded first, rather than in recorded order
 * @param limit         at most this many events (null: all)
 */
public record AuditEventFilter(CountryCode country, String user, InstrumentId instrument, Instant recordedFrom,
                               Instant recordedUntil, Instant knownAt, long after, Long before, boolean newestFirst,
                               Integer limit) {
}
