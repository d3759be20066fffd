package org.armscontrol.tracker.query.subscription.webhook;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv6.IPv6Address;
import org.armscontrol.tracker.query.subscription.SubscriptionProperties;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whom webhooks may call: the one place of the rule against server-side request forgery. A webhook names a host, and
 * the tracker, from inside the operator's network, connects to it; so by default it refuses every address that is
 * not a public one (loopback, private, link-local, CGNAT, multicast, unspecified, reserved, and IPv6 forms embedding
 * such an IPv4 address), in every spelling (IP literals are parsed as inet_aton does: {@code 2130706433},
 * {@code 0x7f000001}, {@code 017700000001}, {@code 127.1}), and ports other than the allowed ones (80 and 443).
 * Registration checks the URL and whatever its name resolves to now; every delivery resolves the name again and
 * connects only to addresses checked here ({@link #addressesToCall}), so a name that later resolves to a private
 * address is not contacted. Operators allow their internal receivers with {@code allowed-networks}.
 */
@Component
public class WebhookTargets {

    /** Resolves a host name to its addresses (the system's resolver, or a test's). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A delivery's host resolved (or is) an address webhooks may not call; nothing was sent. */
    public static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    /** IP literals as the C library reads them (inet_aton: hex, octal, fewer than four parts), and nothing wider. */
    private static final IPAddressStringParameters LITERALS = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowPrefix(false).allowMask(false).allowPrefixOnly(false)
            .allowSingleSegment(true)
            .getIPv4AddressParametersBuilder().allow_inet_aton(true).allow_inet_aton_hex(true)
            .allow_inet_aton_octal(true).allow_inet_aton_joined_segments(true).getParentBuilder()
            .toParams();

    /** The networks refused unless allowed, with what they are (for the message). */
    private static final List<Network> BLOCKED = List.of(
            new Network("0.0.0.0/8", "unspecified (this network)"),
            new Network("10.0.0.0/8", "private"),
            new Network("100.64.0.0/10", "shared (carrier-grade NAT)"),
            new Network("127.0.0.0/8", "loopback"),
            new Network("169.254.0.0/16", "link-local"),
            new Network("172.16.0.0/12", "private"),
            new Network("192.0.0.0/24", "IETF protocol assignments"),
            new Network("192.168.0.0/16", "private"),
            new Network("198.18.0.0/15", "benchmarking"),
            new Network("224.0.0.0/4", "multicast"),
            new Network("240.0.0.0/4", "reserved or broadcast"),
            new Network("::/128", "unspecified"),
            new Network("::1/128", "loopback"),
            new Network("fc00::/7", "unique local (private)"),
            new Network("fe80::/10", "link-local"),
            new Network("fec0::/10", "site-local"),
            new Network("ff00::/8", "multicast"));
    private static final IPAddress NAT64 = new IPAddressString("64:ff9b::/96").getAddress();

    private final Resolver resolver;
    private final List<String> allowedHosts;
    private final List<IPAddress> allowedNetworks;
    private final List<SubscriptionProperties.PortRange> allowedPorts;

    @Autowired
    WebhookTargets(SubscriptionProperties properties) {
        this(properties.webhooks(), InetAddress::getAllByName);
    }

    WebhookTargets(SubscriptionProperties.Webhooks properties, Resolver resolver) {
        this.resolver = resolver;
        this.allowedHosts = properties.allowedHosts();
        this.allowedNetworks = properties.allowedNetworks().stream().map(WebhookTargets::network).toList();
        this.allowedPorts = properties.allowedPorts();
    }

    /**
     * Checks a webhook's URL at registration: its port, its host, and the addresses its name resolves to now (a name
     * that does not resolve yet is accepted: every delivery checks again). Refusals name the field {@code url}.
     */
    void checkRegistration(URI url) {
        String refusal = refusal(url).orElse(null);
        if (refusal == null) {
            try {
                addressesToCall(host(url));
            } catch (RefusedAddressException e) {
                refusal = e.getMessage();
            } catch (UnknownHostException e) {
                // Not resolvable now: nothing can be called; each delivery resolves and checks again.
            }
        }
        if (refusal != null) {
            throw new InvalidValueException("url", refusal);
        }
    }

    /** What, without resolving names, keeps the tracker from calling this URL: its port or its host's name. */
    Optional<String> refusal(URI url) {
        if (url.getHost() == null) {
            // java.net.URI gives no host for some spellings of a number (127.1): nothing to check, nothing to call.
            return Optional.of("url has no host name or address the tracker can call");
        }
        int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        if (port < 1 || port > 65_535) {
            return Optional.of("url's port " + port + " is not a port (1 to 65535)");
        }
        if (allowedPorts.stream().noneMatch(range -> range.contains(port))) {
            return Optional.of("url's port " + port + " is not among the ports webhooks may call "
                    + "(tracker.subscriptions.webhooks.allowed-ports: " + allowedPorts + ")");
        }
        String host = host(url);
        if (!allowedHosts.isEmpty() && !allowedHosts.contains(host)) {
            return Optional.of("host " + TextRules.echo(host) + " is not among the hosts webhooks may call "
                    + "(tracker.subscriptions.webhooks.allowed-hosts)");
        }
        // RFC 6761: these names are this machine, whatever a resolver says.
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of("host " + TextRules.echo(host) + " is this machine (loopback), which webhooks may "
                    + "not call");
        }
        return Optional.empty();
    }

    /**
     * The addresses of {@code host} that a delivery may connect to: the literal itself, or every address the name
     * resolves to; refused ({@link RefusedAddressException}) if any of them may not be called, since the connection
     * could go to any of them.
     */
    public InetAddress[] addressesToCall(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        IPAddress literal = literal(bare);
        InetAddress[] addresses = literal != null
                ? new InetAddress[]{InetAddress.getByAddress(bare, literal.getBytes())}
                : resolver.resolve(bare);
        for (InetAddress address : addresses) {
            String kind = blockedKind(new IPAddressString(address.getHostAddress()).getAddress());
            if (kind != null) {
                throw new RefusedAddressException("host " + TextRules.echo(bare)
                        + (literal != null ? " is" : " resolves to") + " a " + kind + " address, which webhooks may "
                        + "not call (unless tracker.subscriptions.webhooks.allowed-networks allows it)");
            }
        }
        return addresses;
    }

    /** The host of a URL as connected to: lower case, without a final dot. */
    private static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** The address a host written as an IP literal (in any spelling) stands for, or null for a name. */
    private static IPAddress literal(String host) {
        IPAddress address = new IPAddressString(host, LITERALS).getAddress();
        return address == null || address.isMultiple() ? null : address;
    }

    /** What kind of address that may not be called {@code address} is, or null if it may be. */
    private String blockedKind(IPAddress address) {
        if (allowedNetworks.stream().anyMatch(network -> network.contains(address))) {
            return null;
        }
        for (Network network : BLOCKED) {
            if (network.address().contains(address)) {
                return network.kind();
            }
        }
        // IPv6 forms that carry an IPv4 address: mapped, compatible, 6to4, NAT64 -- judged by the IPv4 address.
        if (address instanceof IPv6Address v6) {
            IPAddress embedded = v6.isIPv4Mapped() || v6.isIPv4Compatible() ? v6.getEmbeddedIPv4Address()
                    : v6.is6To4() ? v6.get6To4IPv4Address()
                    : NAT64.contains(v6) ? v6.getEmbeddedIPv4Address() : null;
            if (embedded != null) {
                String kind = blockedKind(embedded);
                return kind == null ? null : kind + " (IPv4 in IPv6)";
            }
        }
        return null;
    }

    private static IPAddress network(String cidr) {
        IPAddress address = new IPAddressString(cidr.strip()).getAddress();
        if (address == null) {
            throw new IllegalArgumentException("tracker.subscriptions.webhooks.allowed-networks: " + cidr
                    + " is not an address or a network in CIDR notation (10.0.0.0/24)");
        }
        return address.toPrefixBlock();
    }

    private record Network(IPAddress address, String kind) {
        Network(String cidr, String kind) {
            this(new IPAddressString(cidr).getAddress().toPrefixBlock(), kind);
        }
    }
}
