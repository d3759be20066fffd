package org.armscontrol.tracker.bench;

/** The outcome of sending a number of commands from some threads. */
record IngestResult(int threads, long accepted, long refused, long failed, double seconds, String firstFailure) {

    double commandsPerSecond() {
        return (accepted + refused + failed) / seconds;
    }

    double acceptedPerSecond() {
        return accepted / seconds;
    }
}
