package org.armscontrol.tracker.query.profile;

import org.armscontrol.tracker.shared.value.CountryCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A country's profile as prose: sections of plain sentences, each citing a numbered footnote, written as of the
 * valid date {@code asOf} and as the tracker knew it at {@code knownAt}. Every text is as recorded, unescaped: the
 * renderers escape it for their format.
 */
record CountryProfile(CountryCode country, LocalDate asOf, Instant knownAt, List<Section> sections,
                      List<Footnote> footnotes) {

    CountryProfile {
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }

    String countryName() {
        return country.name();
    }

    /** The line that says when the profile stands. */
    String standing() {
        return "Written by the tracker as of " + ProseDates.day(asOf) + ", as known at " + knownAt + ".";
    }

    /** What the record holds on one instrument (or, with a null instrument, a heading of its own). */
    record Section(String instrument, String title, List<Sentence> sentences) {
        Section {
            sentences = List.copyOf(sentences);
        }
    }

    /** One sentence; {@code footnote} is the number of the fact's source, or null when no fact is cited. */
    record Sentence(String text, Integer footnote) {
    }

    /** A source: its citation and, where recorded, its address. */
    record Footnote(int number, String citation, String url) {
    }
}
