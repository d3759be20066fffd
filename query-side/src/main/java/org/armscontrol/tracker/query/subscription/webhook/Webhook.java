package org.armscontrol.tracker.query.subscription.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered webhook. Its secret is shown once, in the answer to its registration ({@link #withoutSecret()} is
 * what every later read shows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "url", "country", "instrument", "secret", "createdBy", "createdAt"})
public record Webhook(UUID id, String url, String country, String instrument, String secret, String createdBy,
                      Instant createdAt) {

    public Webhook withoutSecret() {
        return new Webhook(id, url, country, instrument, null, createdBy, createdAt);
    }
}
