package org.armscontrol.tracker.platform.integrity;

/**
 * The root hash of the heads one checkpoint recorded: SHA-256, framed as {@link HashFrame} describes, over the label
 * {@value #LABEL} then, for each head in byte order of aggregate id ({@code ORDER BY aggregate_id COLLATE "C"}), its
 * aggregate id, last sequence number and last hash. It makes a head row removed or altered afterwards visible.
 */
final class HeadsRoot {

    static final String LABEL = "position-tracker/heads/v1";
    /** The order heads are hashed in, whatever the database's collation. */
    static final String ORDER = "aggregate_id COLLATE \"C\"";

    private final HashFrame frame = HashFrame.labelled(LABEL);

    HeadsRoot add(StreamHead head) {
        frame.text(head.aggregateId()).number(head.lastSequence()).text(head.lastHash());
        return this;
    }

    String hex() {
        return frame.hex();
    }
}
