package org.armscontrol.tracker.query.admin;

import java.time.Instant;
import java.util.List;

/**
 * The state of the read models: the head of the event store and, per event processor, how far it has come.
 *
 * @param headIndex the global index of the newest event in the event store
 */
public record ProjectionsStatus(long headIndex, List<ProcessorStatus> processors) {

    /**
     * @param running        whether this instance runs the processor
     * @param error          whether this instance's processor is in error (retrying a failed batch)
     * @param position       the lowest position over its segments
     * @param lag            events between the head of the event store and that position
     * @param replaying      whether a rebuild is under way (on any instance)
     * @param replayProgress percentage of the rebuild done (100 when none runs)
     * @param instances      the live query-side instances sharing the processor's segments
     */
    public record ProcessorStatus(String name, boolean running, boolean error, long position, long lag,
                                  boolean replaying, double replayProgress, List<SegmentPosition> segments,
                                  List<InstanceStatus> instances) {
    }

    /**
     * @param self     whether it is the instance that answers
     * @param segments the segments it holds now
     */
    public record InstanceStatus(String nodeId, boolean self, Instant startedAt, Instant lastHeartbeat,
                                 List<Integer> segments) {
    }
}
