package org.armscontrol.tracker.query.subscription.stream;

import org.armscontrol.tracker.query.subscription.Change;

/** A change and its JSON text, written once for every client it goes to. */
record SentChange(Change change, String json) {
}
