package org.armscontrol.tracker.platform.integrity;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of the last event sealed per stream in the current unit of work. A command may apply several events to
 * one aggregate; they are stored together at the end of the unit of work, so the second one's predecessor is not in
 * the database yet when it is sealed, only here.
 */
final class UnitOfWorkChain {

    private static final String RESOURCE = UnitOfWorkChain.class.getName();

    private final Map<String, Link> lastSealed = new HashMap<>();

    /** The chain of the current (root) unit of work, or a fresh one for events published outside any. */
    static UnitOfWorkChain current() {
        if (CurrentUnitOfWork.isStarted()) {
            return CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new UnitOfWorkChain());
        }
        return new UnitOfWorkChain();
    }

    /** The hash of event {@code sequenceNumber - 1} of the stream, when it was sealed in this unit of work. */
    Optional<String> hashBefore(String aggregateId, long sequenceNumber) {
        Link last = lastSealed.get(aggregateId);
        return last != null && last.sequenceNumber() == sequenceNumber - 1 ? Optional.of(last.hash()) : Optional.empty();
    }

    void sealed(String aggregateId, long sequenceNumber, String hash) {
        lastSealed.put(aggregateId, new Link(sequenceNumber, hash));
    }

    private record Link(long sequenceNumber, String hash) {
    }
}
