package org.armscontrol.tracker.shared.statement;

import org.armscontrol.tracker.shared.value.ChangedFields;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a state said, where and when, as one version of a statement record.
 *
 * @param date        when it was said
 * @param forum       the meeting or occasion ("First 2008 Session of the CCW GGE on Cluster Munitions")
 * @param location    where, e.g. "Geneva", or null
 * @param speaker     who spoke for the state, or null
 * @param instruments the instruments it concerns (at least one)
 * @param stance      the position it expresses on them
 * @param summary     what was said, in the recorder's words
 * @param quote       the words as reported, or null
 * @param source      where it is reported
 */
public record StatementContent(ValidDate date, String forum, String location, Speaker speaker,
                               List<InstrumentId> instruments, Stance stance, String summary, String quote,
                               Source source) {

    public static final int MAX_FORUM_LENGTH = 300;
    public static final int MAX_LOCATION_LENGTH = 200;
    public static final int MAX_SUMMARY_LENGTH = 10_000;
    public static final int MAX_QUOTE_LENGTH = 10_000;
    public static final int MAX_INSTRUMENTS = 20;

    public StatementContent {
        TextRules.required(date, "date");
        forum(forum);
        location(location);
        instruments = instruments(instruments);
        TextRules.required(stance, "stance");
        summary(summary);
        quote(quote);
        TextRules.required(source, "source");
    }

    // Each field's rule on its own, so that a form can be checked field by field and show every error at once.

    public static String forum(String forum) {
        return TextRules.requireLine(forum, "forum", MAX_FORUM_LENGTH);
    }

    public static String location(String location) {
        return TextRules.optionalLine(location, "location", MAX_LOCATION_LENGTH);
    }


    public static String summary(String summary) {
        return TextRules.requireText(summary, "summary", MAX_SUMMARY_LENGTH);
    }

    public static String quote(String quote) {
        return TextRules.optionalText(quote, "quote", MAX_QUOTE_LENGTH);
    }

    public static List<InstrumentId> instruments(List<InstrumentId> instruments) {
        TextRules.required(instruments, "instruments");
        if (instruments.isEmpty()) {
            throw new InvalidValueException("instruments", "a statement concerns at least one instrument");
        }
        if (instruments.size() > MAX_INSTRUMENTS) {
            throw new InvalidValueException("instruments", "a statement concerns at most " + MAX_INSTRUMENTS + " instruments");
        }
        if (instruments.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException("instruments", "instruments must not contain null");
        }
        if (new HashSet<>(instruments).size() != instruments.size()) {
            throw new InvalidValueException("instruments", "instruments lists an instrument twice");
        }
        return List.copyOf(instruments);
    }

    /** The names of the fields in which {@code other} differs from this version, in declaration order. */
    public List<String> fieldsChangedIn(StatementContent other) {
        return new ChangedFields()
                .compare("date", date, other.date)
                .compare("forum", forum, other.forum)
                .compare("location", location, other.location)
                .compare("speaker", speaker, other.speaker)
                .compare("instruments", instruments, other.instruments)
                .compare("stance", stance, other.stance)
                .compare("summary", summary, other.summary)
                .compare("quote", quote, other.quote)
                .compare("source", source, other.source)
                .list();
    }
}
