package org.armscontrol.tracker.command.rules;

/**
 * A part of a record named in the request (e.g. a reservation of a participation) does not exist: answered 404,
 * as an unknown record is.
 */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String message) {
        super(message);
    }
}
