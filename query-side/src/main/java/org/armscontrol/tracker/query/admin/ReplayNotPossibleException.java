package org.armscontrol.tracker.query.admin;

/** A rebuild of the read models was asked for when it cannot start: 409. */
public class ReplayNotPossibleException extends RuntimeException {

    public ReplayNotPossibleException(String message) {
        super(message);
    }
}
