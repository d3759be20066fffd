package org.armscontrol.tracker.command.support;

import org.armscontrol.tracker.command.rules.RuleViolation;
import org.armscontrol.tracker.shared.TrackerMetaData;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.DatePrecision;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Vocabulary shared by the aggregate specifications. */
public final class Fixtures {

    /** "Now" in every specification: noon UTC on 23 November 2026. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    public static final CountryCode BLR = CountryCode.of("BLR");
    public static final CountryCode LTU = CountryCode.of("LTU");
    public static final InstrumentId CCM = InstrumentId.of("CCM");
    public static final InstrumentId CCW = InstrumentId.of("CCW");
    public static final InstrumentId CCW_P5 = InstrumentId.of("CCW-P5");
    public static final InstrumentId NSG = InstrumentId.of("NSG");
    public static final InstrumentId HCOC = InstrumentId.of("HCOC");
    public static final InstrumentId ATT = InstrumentId.of("ATT");
    public static final InstrumentId UNSCR_1540 = InstrumentId.of("UNSCR-1540");

    public static final Recorder ALICE = Recorder.of("alice");
    public static final Map<String, Object> BY_ALICE = Map.of(TrackerMetaData.RECORDED_BY, "alice");
    public static final Source UNTC = Source.of("UN Treaty Collection, status of treaties");
    public static final Source MONITOR = Source.of("Cluster Munition Monitor, country profile: Belarus");
    public static final Reason REASON = Reason.of("Date checked against the depositary notification");

    private Fixtures() {
    }

    public static ValidDate day(String isoDate) {
        return ValidDate.of(LocalDate.parse(isoDate));
    }

    public static ValidDate year(int year) {
        return ValidDate.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** Matches a {@link RuleViolation} of the given rule code. */
    /** A refusal by {@code rule} that cites {@code clause} of the instrument. */
    public static Matcher<Object> violates(String rule, String clause) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation violation && violation.rule().equals(rule)
                        && violation.clause().filter(clause::equals).isPresent();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule " + rule + " citing " + clause);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description description) {
                description.appendText("was ").appendValue(item instanceof RuleViolation v
                        ? v.rule() + " citing " + v.clause().orElse("nothing") + ": " + v.getMessage() : item);
            }
        };
    }

    public static Matcher<Object> violates(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolation violation && violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule " + rule);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description description) {
                description.appendText("was ").appendValue(item instanceof RuleViolation v
                        ? v.rule() + ": " + v.getMessage() : item);
            }
        };
    }
}
