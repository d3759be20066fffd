package org.armscontrol.tracker.shared.vote;

/** How a country's vote on a resolution went in the recorded vote of the General Assembly. */
public enum VoteCast {
    YES,
    NO,
    ABSTAIN,
    /** The country was not present or did not take part in the recorded vote. */
    ABSENT
}
