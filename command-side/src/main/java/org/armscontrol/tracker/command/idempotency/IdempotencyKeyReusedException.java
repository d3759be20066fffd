package org.armscontrol.tracker.command.idempotency;

/** An Idempotency-Key sent again with a request other than the one it was first used for; answered 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request (other path, body or user); "
                + "use a new key for a new request");
    }
}
