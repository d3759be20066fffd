package org.armscontrol.tracker.query.subscription.webhook;

import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.query.subscription.ChangeFilter;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks a webhook registration, naming every invalid field. Whom the URL may name is {@link WebhookTargets}'s rule.
 */
@Component
class WebhookRequests {

    static final int MAX_URL_LENGTH = 2_000;
    static final int MIN_SECRET_LENGTH = 16;
    static final int MAX_SECRET_LENGTH = 200;

    private final SecureRandom random = new SecureRandom();
    private final WebhookTargets targets;

    WebhookRequests(WebhookTargets targets) {
        this.targets = targets;
    }

    /** The registration asked for, its secret generated if none was given; or a 400 naming every invalid field. */
    Registration check(WebhookRequest request) {
        FieldParser parser = new FieldParser();
        URI url = parser.required("url", request.url(), () -> url(request.url()));
        CountryCode country = parser.optional("country", request.country(), () -> CountryCode.of(request.country()));
        InstrumentId instrument = parser.optional("instrument", request.instrument(),
                () -> InstrumentId.of(request.instrument()));
        String secret = parser.optional("secret", request.secret(), () -> secret(request.secret()));
        parser.throwIfInvalid();
        return new Registration(url, new ChangeFilter(country, instrument), secret == null ? generatedSecret() : secret);
    }

    private URI url(String raw) {
        TextRules.requireLine(raw, "url", MAX_URL_LENGTH);
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "url " + TextRules.echo(raw) + " is not a valid URL: "
                    + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new InvalidValueException("url", "url " + TextRules.echo(raw)
                    + " must be an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidValueException("url", "url must not carry credentials; the receiver checks the "
                    + "signature made with the secret instead");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidValueException("url", "url must not have a fragment (#...)");
        }
        targets.checkRegistration(uri);
        return uri;
    }

    private static String secret(String raw) {
        TextRules.requireLine(raw, "secret", MAX_SECRET_LENGTH);
        if (raw.length() < MIN_SECRET_LENGTH) {
            throw new InvalidValueException("secret", "secret must be at least " + MIN_SECRET_LENGTH
                    + " characters (or leave it out to have one generated)");
        }
        return raw;
    }

    /** 32 random bytes, hex. */
    private String generatedSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    record Registration(URI url, ChangeFilter filter, String secret) {
    }
}
