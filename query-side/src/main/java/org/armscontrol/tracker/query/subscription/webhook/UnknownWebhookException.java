package org.armscontrol.tracker.query.subscription.webhook;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No webhook with this id, or not one of the caller's (which is not told apart, so as not to reveal it): 404. */
class UnknownWebhookException extends ResponseStatusException {

    UnknownWebhookException(String id) {
        super(HttpStatus.NOT_FOUND, "you have no webhook " + id + "; GET /api/subscriptions/webhooks lists yours");
    }
}
