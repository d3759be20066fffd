package org.armscontrol.tracker.query.subscription.webhook;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs one delivery to its webhook: the change's JSON, with its global index, the delivery's id, a timestamp and
 * the signature of both. The URL is checked again ({@link WebhookTargets}) and its host resolved anew for every
 * delivery, and the connection goes only to the addresses that check allowed (the client's DNS resolver is the
 * check), so a name re-resolving to a private address is not contacted. Redirects are not followed (a receiver must
 * give its final URL), connections are not reused, and connecting and answering are bounded by their timeouts.
 */
@Component
class WebhookSender implements AutoCloseable {

    static final String EVENT_ID = "X-Tracker-Event-Id";
    static final String DELIVERY_ID = "X-Tracker-Delivery-Id";
    static final String TIMESTAMP = "X-Tracker-Timestamp";
    static final String SIGNATURE = "X-Tracker-Signature";
    /**
     * The one text of every failure to connect or to get an answer: telling refused from timed out or reset would let
     * a user map which ports of an allowed host are open.
     */
    static final String NO_ANSWER = "no answer from the receiver (it could not be reached, or the connection failed "
            + "or timed out)";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final ContentType JSON = ContentType.create("application/json");

    private final WebhookTargets targets;
    private final CloseableHttpClient client;
    private final Clock clock;

    WebhookSender(SubscriptionProperties properties, WebhookTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        Timeout connectTimeout = Timeout.of(properties.webhooks().connectTimeout());
        Timeout requestTimeout = Timeout.of(properties.webhooks().requestTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout)
                                .setSocketTimeout(requestTimeout).build())
                        .setMaxConnTotal(properties.webhooks().workers())
                        .setMaxConnPerRoute(properties.webhooks().workers())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(requestTimeout).build())
                // Each delivery connects anew, so that its host is resolved and checked again.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("position-tracker-webhooks")
                .build();
    }

    Attempt send(Deliveries.DueDelivery delivery) {
        Instant at = clock.instant();
        String timestamp = Long.toString(at.getEpochSecond());
        long start = System.nanoTime();
        URI url;
        try {
            url = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return new Attempt(at, since(start), null, "the webhook's url is not a valid URL");
        }
        String refusal = targets.refusal(url).orElse(null);
        if (refusal != null) {
            return new Attempt(at, since(start), null, "not sent: " + refusal);
        }
        HttpPost request = new HttpPost(url);
        request.setHeader(EVENT_ID, Long.toString(delivery.globalIndex()));
        request.setHeader(DELIVERY_ID, Long.toString(delivery.id()));
        request.setHeader(TIMESTAMP, timestamp);
        request.setHeader(SIGNATURE, WebhookSignature.sign(delivery.secret(), timestamp, delivery.body()));
        request.setEntity(new ByteArrayEntity(delivery.body().getBytes(StandardCharsets.UTF_8), JSON));
        // Closing without reading the body discards the connection: a receiver cannot hold a worker with a long one.
        try (CloseableHttpResponse response = client.execute(request)) {
            int status = response.getCode();
            return new Attempt(at, since(start), status,
                    status >= 200 && status < 300 ? null : "the receiver answered " + status);
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof WebhookTargets.RefusedAddressException refused) {
                    return new Attempt(at, since(start), null, "not sent: " + refused.getMessage());
                }
            }
            log.info("Webhooks: delivery {} to {} failed: {}", delivery.id(), delivery.url(), e.toString());
            return new Attempt(at, since(start), null, NO_ANSWER);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Resolves through {@link WebhookTargets#addressesToCall}: only addresses webhooks may call come out. */
    private record CheckingResolver(WebhookTargets targets) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return targets.addressesToCall(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
