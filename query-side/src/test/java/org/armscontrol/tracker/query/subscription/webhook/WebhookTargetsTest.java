package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whom webhooks may call: every spelling of a non-public address is refused, unless an operator allows it. */
class WebhookTargetsTest {

    /** A resolver standing for DNS: these names resolve to these addresses, every other name to nothing. */
    private static final Map<String, String> DNS = Map.of(
            "metadata.google.internal", "169.254.169.254",
            "intranet.example.org", "10.1.2.3",
            "both.example.org", "93.184.215.14,192.168.1.1",
            "hooks.example.org", "93.184.215.14",
            "v6.example.org", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");

    private static final WebhookTargets DEFAULTS = targets(List.of(), List.of(), List.of("80", "443"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // loopback, in every spelling the C library reads
            "http://127.0.0.1/", "http://127.0.0.1:80/", "https://127.1/", "http://2130706433/", "http://0x7f000001/",
            "http://017700000001/", "http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://127.000.000.001/",
            "http://[::1]/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
            "http://localhost/", "http://LOCALHOST./", "http://app.localhost/",
            // private, CGNAT, link-local (cloud metadata), unique local, IPv6 link-local
            "http://10.0.0.1/", "http://172.16.0.1/", "http://172.31.255.255/", "http://192.168.0.1/",
            "http://100.64.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/",
            "http://[fc00::1]/", "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/",
            // multicast, unspecified, broadcast
            "http://224.0.0.1/", "http://[ff02::1]/", "http://0.0.0.0/", "http://0/", "http://[::]/",
            "http://255.255.255.255/",
            // names resolving to such addresses (any of them)
            "http://metadata.google.internal/computeMetadata/v1/", "http://intranet.example.org/",
            "http://both.example.org/",
            // ports: not a port, or not an allowed one
            "http://hooks.example.org:99999/", "http://hooks.example.org:0/", "http://hooks.example.org:8080/",
            "http://hooks.example.org:15432/", "https://hooks.example.org:22/"})
    void is_refused_by_default_naming_the_url(String url) {
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create(url)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).contains("url"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://hooks.example.org/tracker", "http://hooks.example.org:80/",
            "https://93.184.215.14/hook", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook",
            "https://v6.example.org/", "https://8.8.8.8/",
            // Not resolvable now: nothing to call yet; every delivery resolves and checks again.
            "https://receiver.example/hook"})
    void public_receivers_on_80_or_443_are_accepted(String url) {
        assertThatCode(() -> DEFAULTS.checkRegistration(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void the_refusal_says_what_the_address_is_and_which_setting_allows_it() {
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create("http://0x7f000001/")))
                .hasMessageContaining("loopback").hasMessageContaining("allowed-networks");
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create("http://metadata.google.internal/")))
                .hasMessageContaining("resolves to a link-local address");
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create("http://[::ffff:10.0.0.1]/")))
                .hasMessageContaining("private");
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create("http://[64:ff9b::a00:1]/")))
                .hasMessageContaining("private (IPv4 in IPv6)");
        assertThatThrownBy(() -> DEFAULTS.checkRegistration(URI.create("http://hooks.example.org:8080/")))
                .hasMessageContaining("allowed-ports: [80, 443]");
    }

    @Test
    void an_operator_allows_networks_and_ports_of_their_own_receivers() {
        WebhookTargets targets = targets(List.of(), List.of("127.0.0.1/32", "10.1.0.0/16"),
                List.of("80", "443", "8000-8999"));

        assertThatCode(() -> targets.checkRegistration(URI.create("http://127.0.0.1:8080/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> targets.checkRegistration(URI.create("http://2130706433:8999/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> targets.checkRegistration(URI.create("http://intranet.example.org/")))
                .doesNotThrowAnyException();
        // Only what is listed: the rest of loopback, other private networks, other ports.
        assertThatThrownBy(() -> targets.checkRegistration(URI.create("http://127.0.0.2:8080/")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> targets.checkRegistration(URI.create("http://10.2.0.1/")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> targets.checkRegistration(URI.create("http://127.0.0.1:9000/")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void allowed_hosts_restrict_the_names_and_do_not_lift_the_address_rule() {
        WebhookTargets targets = targets(List.of("hooks.example.org", "intranet.example.org"), List.of(),
                List.of("80", "443"));

        assertThatCode(() -> targets.checkRegistration(URI.create("https://hooks.example.org/")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> targets.checkRegistration(URI.create("https://other.example.org/")))
                .hasMessageContaining("allowed-hosts");
        assertThatThrownBy(() -> targets.checkRegistration(URI.create("https://intranet.example.org/")))
                .hasMessageContaining("private");
    }

    @Test
    void deliveries_get_only_checked_addresses_and_a_refusal_otherwise() throws Exception {
        assertThat(DEFAULTS.addressesToCall("hooks.example.org")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14");
        assertThat(DEFAULTS.addressesToCall("[2606:2800:21f:cb07:6820:80da:af6b:8b2c]")).hasSize(1);
        assertThatThrownBy(() -> DEFAULTS.addressesToCall("both.example.org"))
                .isInstanceOf(WebhookTargets.RefusedAddressException.class);
        assertThatThrownBy(() -> DEFAULTS.addressesToCall("017700000001"))
                .isInstanceOf(WebhookTargets.RefusedAddressException.class);
        assertThatThrownBy(() -> DEFAULTS.addressesToCall("::ffff:127.0.0.1"))
                .isInstanceOf(WebhookTargets.RefusedAddressException.class);
    }

    static WebhookTargets targets(List<String> hosts, List<String> networks, List<String> ports) {
        return new WebhookTargets(webhooks(hosts, networks, ports), WebhookTargetsTest::resolve);
    }

    static SubscriptionProperties.Webhooks webhooks(List<String> hosts, List<String> networks, List<String> ports) {
        return new SubscriptionProperties.Webhooks(8, Duration.ofSeconds(1), Duration.ofMinutes(10),
                Duration.ofSeconds(2), Duration.ofSeconds(2), 1, Duration.ofSeconds(1), hosts, networks,
                ports.stream().map(SubscriptionProperties.PortRange::valueOf).toList(), 20);
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        String[] each = addresses.split(",");
        InetAddress[] resolved = new InetAddress[each.length];
        for (int i = 0; i < each.length; i++) {
            resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(each[i]).getAddress());
        }
        return resolved;
    }
}
