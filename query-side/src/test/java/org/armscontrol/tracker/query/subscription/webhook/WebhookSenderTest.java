package org.armscontrol.tracker.query.subscription.webhook;

import com.sun.net.httpserver.HttpServer;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each delivery resolves its host again and connects only to addresses the rule allows: a name that re-resolves to a
 * private address is not contacted, and connection failures do not tell open from closed ports.
 */
class WebhookSenderTest {

    private HttpServer receiver;
    private final AtomicInteger received = new AtomicInteger();
    /** What "rebinding.example" resolves to now: an attacker's DNS may change it between registration and delivery. */
    private volatile String rebindingAddress = "93.184.215.14";

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void a_name_that_re_resolves_to_loopback_is_not_contacted_and_the_attempt_says_why() throws Exception {
        WebhookTargets targets = targets(List.of());
        String url = "http://rebinding.example:" + receiver.getAddress().getPort() + "/hook";
        targets.checkRegistration(java.net.URI.create(url));

        rebindingAddress = "127.0.0.1";
        try (WebhookSender sender = sender(targets)) {
            Attempt attempt = sender.send(delivery(url));

            assertThat(attempt.succeeded()).isFalse();
            assertThat(attempt.httpStatus()).isNull();
            assertThat(attempt.error()).startsWith("not sent: host 'rebinding.example' resolves to a loopback address");
            assertThat(received).as("the receiver on 127.0.0.1 was not contacted").hasValue(0);
        }
    }

    @Test
    void an_allowed_network_is_called_at_the_address_that_was_checked() throws Exception {
        rebindingAddress = "127.0.0.1";
        try (WebhookSender sender = sender(targets(List.of("127.0.0.1/32")))) {
            // The name is known only to the checking resolver: the connection went to the address it gave.
            Attempt attempt = sender.send(delivery("http://rebinding.example:" + receiver.getAddress().getPort()
                    + "/hook"));

            assertThat(attempt.httpStatus()).isEqualTo(200);
            assertThat(received).hasValue(1);
        }
    }

    @Test
    void a_closed_port_and_an_unknown_host_fail_with_the_same_generic_text() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (WebhookSender sender = sender(targets(List.of("127.0.0.1/32")))) {
            Attempt refused = sender.send(delivery("http://127.0.0.1:" + closed + "/hook"));
            Attempt unknown = sender.send(delivery("http://nowhere.example:" + closed + "/hook"));

            assertThat(refused.error()).isEqualTo(WebhookSender.NO_ANSWER);
            assertThat(unknown.error()).isEqualTo(WebhookSender.NO_ANSWER);
            assertThat(refused.error()).doesNotContain("Exception").doesNotContain("refused");
        }
    }

    private WebhookTargets targets(List<String> allowedNetworks) {
        return new WebhookTargets(WebhookTargetsTest.webhooks(List.of(), allowedNetworks,
                List.of("80", "443", "1024-65535")), this::resolve);
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        if (!host.equals("rebinding.example")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByAddress(host, InetAddress.getByName(rebindingAddress).getAddress())};
    }

    private static WebhookSender sender(WebhookTargets targets) {
        SubscriptionProperties properties = new SubscriptionProperties(
                new SubscriptionProperties.Stream(Duration.ofSeconds(15), Duration.ofMinutes(30), 1000, 1000,
                        Duration.ofSeconds(2), 8),
                WebhookTargetsTest.webhooks(List.of(), List.of(), List.of("80")));
        return new WebhookSender(properties, targets, Clock.systemUTC());
    }

    private static Deliveries.DueDelivery delivery(String url) {
        return new Deliveries.DueDelivery(1, 42, "{\"globalIndex\":42}", 0, url, "a-secret-of-sixteen-chars");
    }
}
