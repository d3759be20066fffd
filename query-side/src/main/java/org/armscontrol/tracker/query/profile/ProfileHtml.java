package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.query.profile.CountryProfile.Footnote;
import org.armscontrol.tracker.query.profile.CountryProfile.Section;
import org.armscontrol.tracker.query.profile.CountryProfile.Sentence;
import org.springframework.web.util.HtmlUtils;

/**
 * A profile as HTML: an {@code <article>} (the fragment a page embeds) or a whole document around it with the
 * print stylesheet. Every recorded text is escaped (a statement's summary is anyone's input: stored XSS), and a
 * source's address becomes a link only when it is http or https.
 */
final class ProfileHtml {

    static final String STYLESHEET = "/assets/profile.css";

    private ProfileHtml() {
    }

    static String document(CountryProfile profile) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s — country profile</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <main>
                %s</main>
                </body>
                </html>
                """.formatted(escape(profile.countryName()), STYLESHEET, article(profile, 1));
    }

    /** The article alone, its headings starting at {@code level} (2 inside a page that has its own h1). */
    static String article(CountryProfile profile, int level) {
        StringBuilder html = new StringBuilder("<article class=\"profile\" lang=\"en\">\n");
        heading(html, level, escape(profile.countryName()) + " (" + escape(profile.country().value()) + ")");
        html.append("<p class=\"standing\">").append(escape(profile.standing())).append("</p>\n");
        for (Section section : profile.sections()) {
            html.append(section.instrument() == null ? "<section>\n"
                    : "<section data-instrument=\"" + escape(section.instrument()) + "\">\n");
            heading(html, level + 1, escape(section.title()));
            for (Sentence sentence : section.sentences()) {
                html.append("<p>").append(escape(sentence.text()));
                if (sentence.footnote() != null) {
                    html.append("<sup><a href=\"#fn-").append(sentence.footnote()).append("\" aria-label=\"source ")
                            .append(sentence.footnote()).append("\">").append(sentence.footnote()).append("</a></sup>");
                }
                html.append("</p>\n");
            }
            html.append("</section>\n");
        }
        if (!profile.footnotes().isEmpty()) {
            html.append("<section class=\"footnotes\">\n");
            heading(html, level + 1, "Sources");
            html.append("<ol>\n");
            for (Footnote footnote : profile.footnotes()) {
                html.append("<li id=\"fn-").append(footnote.number()).append("\">")
                        .append(escape(footnote.citation()));
                if (Links.isWeb(footnote.url())) {
                    String url = escape(footnote.url().strip());
                    html.append(" <a href=\"").append(url).append("\">").append(url).append("</a>");
                } else if (footnote.url() != null && !footnote.url().isBlank()) {
                    html.append(" ").append(escape(footnote.url()));
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n</section>\n");
        }
        return html.append("</article>\n").toString();
    }

    private static void heading(StringBuilder html, int level, String escaped) {
        html.append("<h").append(level).append('>').append(escaped).append("</h").append(level).append(">\n");
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
