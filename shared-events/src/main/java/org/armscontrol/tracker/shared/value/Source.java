package org.armscontrol.tracker.shared.value;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a fact comes from: the citation a reader would put in a footnote, and optionally where to find it online.
 *
 * @param citation e.g. "Statement of Belarus, CCW GGE, Geneva, 17 January 2008. Notes by WILPF."
 * @param url      an absolute http(s) URL, or null
 */
public record Source(String citation, String url) {

    public static final int MAX_CITATION_LENGTH = 2_000;
    public static final int MAX_URL_LENGTH = 2_000;

    public Source {
        TextRules.requireLine(citation, "citation", MAX_CITATION_LENGTH);
        if (url != null && url.isEmpty()) {
            url = null;
        }
        if (url != null) {
            TextRules.requireLine(url, "url", MAX_URL_LENGTH);
            requireHttpUrl(url);
        }
    }

    public static Source of(String citation) {
        return new Source(citation, null);
    }

    private static void requireHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new InvalidValueException("url", "url " + TextRules.echo(url)
                        + " must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("url", "url " + TextRules.echo(url) + " is not a valid URL: "
                    + e.getReason());
        }
    }
}
