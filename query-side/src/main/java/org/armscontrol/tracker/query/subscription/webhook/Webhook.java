package org.armscontrol.tracker.query.subscription.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered webhook; {@code country} and {@code instrument} are null when it follows every country or
 * instrument. Its secret is shown once, in the answer to its registration ({@link #withoutSecret()} is
 * what every later read shows).
 */
@JsonPropertyOrder({"id", "url", "country", "instrument", "secret", "createdBy", "createdAt"})
public record Webhook(UUID id, String url, String country, String instrument,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String secret, String createdBy,
                      Instant createdAt) {

    public Webhook withoutSecret() {
        return new Webhook(id, url, country, instrument, null, createdBy, createdAt);
    }
}
