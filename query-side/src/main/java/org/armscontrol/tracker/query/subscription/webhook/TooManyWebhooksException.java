package org.armscontrol.tracker.query.subscription.webhook;

/** The user has as many webhooks as one may have ({@code tracker.subscriptions.webhooks.max-per-user}): 409. */
class TooManyWebhooksException extends RuntimeException {

    static final String RULE = "WEBHOOKS_PER_USER";

    TooManyWebhooksException(int max) {
        super("you have " + max + " webhooks, as many as one user may have "
                + "(tracker.subscriptions.webhooks.max-per-user); remove one first");
    }
}
