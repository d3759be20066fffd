package org.armscontrol.tracker.bench;

/** What became of one command sent. */
enum Outcome {
    /** Recorded: one event appended. */
    ACCEPTED,
    /** Refused by a business rule (HTTP 409 or 400): nothing appended, as it should be. */
    REFUSED,
    /** Anything else: a failure the benchmark reports. */
    FAILED
}
