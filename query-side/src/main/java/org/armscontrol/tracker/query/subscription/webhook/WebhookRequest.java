package org.armscontrol.tracker.query.subscription.webhook;

/**
 * The body of {@code POST /api/subscriptions/webhooks}, as sent; {@link WebhookRequests} checks it.
 *
 * @param url        where to POST the changes: an absolute http or https URL
 * @param country    only changes of this country (ISO 3166-1 alpha-3), or every country
 * @param instrument only changes concerning this instrument, or every instrument
 * @param secret     the key of the signatures (16 to 200 characters); generated when absent
 */
public record WebhookRequest(String url, String country, String instrument, String secret) {
}
