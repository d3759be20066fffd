package org.armscontrol.tracker.bench;

/** One way of sending a command to the command side (the gateway in-process, or HTTP). */
@FunctionalInterface
interface CommandChannel {

    Outcome send(Object command);
}
