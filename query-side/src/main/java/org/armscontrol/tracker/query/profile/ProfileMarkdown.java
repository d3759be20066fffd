package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.query.profile.CountryProfile.Footnote;
import org.armscontrol.tracker.query.profile.CountryProfile.Section;
import org.armscontrol.tracker.query.profile.CountryProfile.Sentence;

import java.util.regex.Pattern;

/**
 * A profile as Markdown (CommonMark with GitHub's footnotes, {@code [^1]}). Recorded text is escaped so that it
 * stays text: no emphasis, links, footnote references, HTML or block structure can come from what was recorded.
 */
final class ProfileMarkdown {

    /** Characters that start inline constructs anywhere in a line (and HTML's). */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>&|~#!])");
    /** What would start a list (or a setext heading's underline) at the start of a line. */
    private static final Pattern LIST_MARK = Pattern.compile("^([-+=])");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([.)])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private ProfileMarkdown() {
    }

    static String of(CountryProfile profile) {
        StringBuilder md = new StringBuilder("# ").append(escape(profile.countryName())).append(" (")
                .append(escape(profile.country().value())).append(")\n\n")
                .append('_').append(escape(profile.standing())).append("_\n");
        for (Section section : profile.sections()) {
            md.append("\n## ").append(escape(section.title())).append("\n");
            for (Sentence sentence : section.sentences()) {
                md.append('\n').append(escape(sentence.text()));
                if (sentence.footnote() != null) {
                    md.append("[^").append(sentence.footnote()).append(']');
                }
                md.append('\n');
            }
        }
        if (!profile.footnotes().isEmpty()) {
            md.append("\n## Sources\n\n");
            for (Footnote footnote : profile.footnotes()) {
                md.append("[^").append(footnote.number()).append("]: ").append(escape(footnote.citation()));
                if (Links.isWeb(footnote.url()) && !footnote.url().contains(">") && !footnote.url().contains("<")) {
                    md.append(" <").append(footnote.url().strip()).append('>');
                } else if (footnote.url() != null && !footnote.url().isBlank()) {
                    md.append(' ').append(escape(footnote.url()));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** Recorded text as Markdown text: on one line, every construct's character backslash-escaped. */
    static String escape(String text) {
        String oneLine = LINE_BREAKS.matcher(text == null ? "" : text.strip()).replaceAll(" ");
        String escaped = INLINE.matcher(oneLine).replaceAll("\\\\$1");
        String unlisted = LIST_MARK.matcher(escaped).replaceFirst("\\\\$1");
        return NUMBERED.matcher(unlisted).replaceFirst("$1\\\\$2");
    }
}
