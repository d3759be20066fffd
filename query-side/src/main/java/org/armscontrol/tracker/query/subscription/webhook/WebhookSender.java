package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one delivery to its webhook: the change's JSON, with its global index, the delivery's id, a timestamp and
 * the signature of both. Redirects are not followed (a receiver must give its final URL), and connecting and
 * answering are bounded by their timeouts.
 */
@Component
class WebhookSender {

    static final String EVENT_ID = "X-Tracker-Event-Id";
    static final String DELIVERY_ID = "X-Tracker-Delivery-Id";
    static final String TIMESTAMP = "X-Tracker-Timestamp";
    static final String SIGNATURE = "X-Tracker-Signature";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    WebhookSender(SubscriptionProperties properties, Clock clock) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = properties.webhooks().requestTimeout();
        this.clock = clock;
    }

    Attempt send(Deliveries.DueDelivery delivery) throws InterruptedException {
        Instant at = clock.instant();
        String timestamp = Long.toString(at.getEpochSecond());
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "position-tracker-webhooks")
                    .header(EVENT_ID, Long.toString(delivery.globalIndex()))
                    .header(DELIVERY_ID, Long.toString(delivery.id()))
                    .header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Attempt(at, since(start), status,
                    status >= 200 && status < 300 ? null : "the receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return new Attempt(at, since(start), null, "no answer within " + requestTimeout + ": " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(at, since(start), null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
