package org.armscontrol.tracker.query.subscription.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A delivery as its log shows it.
 *
 * @param status        PENDING, DELIVERED or FAILED
 * @param nextAttemptAt when a PENDING delivery is tried (again)
 * @param log           every attempt, first first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(long id, long globalIndex, String eventType, String status, int attempts,
                           Instant createdAt, Instant deliveredAt, Instant nextAttemptAt, List<AttemptView> log) {

    DeliveryView withAttempts(List<AttemptView> attempts) {
        return new DeliveryView(id, globalIndex, eventType, status, this.attempts, createdAt, deliveredAt,
                nextAttemptAt, attempts);
    }

    /**
     * @param httpStatus  the receiver's answer, or absent when there was none
     * @param error       why there was no answer (connection refused, timeout, …), or the status if not 2xx
     * @param nextRetryAt when the next attempt was scheduled; absent after the last one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(int attempt, Instant at, Integer httpStatus, String error, long durationMs,
                              Instant nextRetryAt) {
    }
}
