package org.armscontrol.tracker.query.profile;

import java.util.Locale;

/** Which recorded addresses a profile may link to: the web's own (a {@code javascript:} address must never be). */
final class Links {

    private Links() {
    }

    static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.chars().noneMatch(c -> c <= ' ');
    }
}
