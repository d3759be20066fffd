package org.armscontrol.tracker.platform.integrity;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of the latest event known per stream in the current unit of work: read while the command handler loaded
 * its aggregate ({@link HashRecordingStorageEngine}), or sealed in this unit of work. A command may apply several
 * events to one aggregate; they are stored together at the end of the unit of work, so the second one's predecessor
 * is not in the database yet when it is sealed, only here. Each hash is kept with its own sequence number and is only
 * given out for the event right after it.
 */
final class UnitOfWorkChain {

    private static final String RESOURCE = UnitOfWorkChain.class.getName();

    private final Map<String, Link> latest = new HashMap<>();

    /** The chain of the current (root) unit of work, or a fresh one for events published outside any. */
    static UnitOfWorkChain current() {
        return ofCurrentUnitOfWork().orElseGet(UnitOfWorkChain::new);
    }

    /** The chain of the current (root) unit of work, if one is started. */
    static Optional<UnitOfWorkChain> ofCurrentUnitOfWork() {
        if (CurrentUnitOfWork.isStarted()) {
            return Optional.of(CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new UnitOfWorkChain()));
        }
        return Optional.empty();
    }

    /** The hash of event {@code sequenceNumber - 1} of the stream, when this unit of work read or sealed it. */
    Optional<String> hashBefore(String aggregateId, long sequenceNumber) {
        Link last = latest.get(aggregateId);
        return last != null && last.sequenceNumber() == sequenceNumber - 1 ? Optional.of(last.hash()) : Optional.empty();
    }

    /**
     * An event of the stream read from the store. It does not replace a later event sealed here (an aggregate read
     * again in the unit of work); at the same sequence number the stored hash is the one to chain to.
     */
    void read(String aggregateId, long sequenceNumber, String hash) {
        latest.merge(aggregateId, new Link(sequenceNumber, hash),
                (known, read) -> read.sequenceNumber() >= known.sequenceNumber() ? read : known);
    }

    void sealed(String aggregateId, long sequenceNumber, String hash) {
        latest.put(aggregateId, new Link(sequenceNumber, hash));
    }

    private record Link(long sequenceNumber, String hash) {
    }
}
