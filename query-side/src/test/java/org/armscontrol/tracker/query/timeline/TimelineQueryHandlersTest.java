package org.armscontrol.tracker.query.timeline;

import org.armscontrol.tracker.query.participation.TreatyActionReadModel;
import org.armscontrol.tracker.query.participation.TreatyActionReadModels;
import org.armscontrol.tracker.query.support.KnownAt;
import org.armscontrol.tracker.query.testing.EventFeed;
import org.armscontrol.tracker.query.testing.ReadModelTest;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.RegimeJoined;
import org.armscontrol.tracker.shared.participation.RegimeLeft;
import org.armscontrol.tracker.shared.participation.TreatyAccededTo;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCorrected;
import org.armscontrol.tracker.shared.participation.TreatyActionRecorded;
import org.armscontrol.tracker.shared.participation.TreatyRatified;
import org.armscontrol.tracker.shared.participation.TreatySigned;
import org.armscontrol.tracker.shared.participation.WithdrawnFromTreaty;
import org.armscontrol.tracker.shared.query.CountingBasis;
import org.armscontrol.tracker.shared.query.CountryStatusTimeline;
import org.armscontrol.tracker.shared.query.CountryStatusTimelineQuery;
import org.armscontrol.tracker.shared.query.InstrumentStatus;
import org.armscontrol.tracker.shared.query.InstrumentStatusTimeline;
import org.armscontrol.tracker.shared.query.Participant;
import org.armscontrol.tracker.shared.query.ParticipantCounts;
import org.armscontrol.tracker.shared.query.ParticipantsTimeline;
import org.armscontrol.tracker.shared.query.ParticipantsTimelineQuery;
import org.armscontrol.tracker.shared.query.StatusPeriod;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Recorder;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timelines on a real PostgreSQL, checked against the reads "as of" a date they summarise: at every boundary
 * and the day before it, the status timeline says what the position says, and the participants timeline counts
 * what the participants list holds.
 */
class TimelineQueryHandlersTest extends ReadModelTest {

    private static final CountryCode LTU = CountryCode.of("LTU");
    private static final CountryCode NOR = CountryCode.of("NOR");
    private static final CountryCode ESP = CountryCode.of("ESP");
    private static final InstrumentId CCM = InstrumentId.of("CCM");
    private static final InstrumentId NSG = InstrumentId.of("NSG");
    private static final Source SOURCE = Source.of("UN Treaty Collection");
    private static final Recorder ALICE = Recorder.of("alice");

    private EventFeed feed;
    private TreatyActionReadModel reads;
    private StatusTimelineQueryHandler statusTimelines;
    private ParticipantsTimelineQueryHandler participantsTimelines;

    @BeforeEach
    void feedTheProjection() {
        feed = new EventFeed(TreatyActionReadModels.projection(database.jdbc()));
        reads = TreatyActionReadModels.reads(database.named());
        TimelineReadModel timelines = new TimelineReadModel(database.named());
        statusTimelines = new StatusTimelineQueryHandler(timelines);
        participantsTimelines = new ParticipantsTimelineQueryHandler(timelines);
    }

    @Test
    void the_status_periods_follow_the_effective_dates_of_the_actions() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        record(correction(LTU, "2011-03-25", "2011-03-24"));
        record(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), SOURCE, null, ALICE));
        record(new RegimeJoined(LTU, NSG, day("2004-01-01"), SOURCE, null, ALICE));

        CountryStatusTimeline timeline = statusTimelines.handle(new CountryStatusTimelineQuery(LTU, null));

        assertThat(timeline.instruments()).extracting(InstrumentStatusTimeline::instrument).containsExactly(CCM, NSG);
        assertThat(timeline.instruments().get(0).periods()).containsExactly(
                new StatusPeriod(ParticipationStatus.SIGNATORY, date("2008-12-03"), date("2011-03-24"),
                        TreatyAction.SIGNED),
                new StatusPeriod(ParticipationStatus.PARTY, date("2011-03-24"), date("2025-03-06"),
                        TreatyAction.RATIFIED),
                new StatusPeriod(ParticipationStatus.WITHDRAWN, date("2025-03-06"), null, TreatyAction.WITHDREW));
        assertThat(timeline.instruments().get(1).periods()).containsExactly(
                new StatusPeriod(ParticipationStatus.MEMBER, date("2004-01-01"), null, TreatyAction.JOINED));
        assertConsistentWithPositions(LTU, KnownAt.NOW, timeline);
    }

    @Test
    void actions_taking_effect_on_the_same_date_make_one_period_of_the_last() {
        record(new TreatySigned(NOR, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(NOR, CCM, TreatyAction.RATIFIED, day("2008-12-03"), SOURCE, null, ALICE));

        CountryStatusTimeline timeline = statusTimelines.handle(new CountryStatusTimelineQuery(NOR, null));

        assertThat(timeline.instruments().get(0).periods()).containsExactly(
                new StatusPeriod(ParticipationStatus.PARTY, date("2008-12-03"), null, TreatyAction.RATIFIED));
        assertConsistentWithPositions(NOR, KnownAt.NOW, timeline);
    }

    @Test
    void known_at_an_instant_before_a_correction_the_periods_keep_the_old_date() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        Instant beforeCorrection = feed.lastRecordedAt();
        record(correction(LTU, "2011-03-25", "2011-03-24"));

        CountryStatusTimeline then = statusTimelines.handle(new CountryStatusTimelineQuery(LTU, beforeCorrection));
        CountryStatusTimeline now = statusTimelines.handle(new CountryStatusTimelineQuery(LTU, null));

        assertThat(then.knownAt()).isEqualTo(beforeCorrection);
        assertThat(then.instruments().get(0).periods()).extracting(StatusPeriod::from)
                .containsExactly(date("2008-12-03"), date("2011-03-25"));
        assertThat(now.instruments().get(0).periods()).extracting(StatusPeriod::from)
                .containsExactly(date("2008-12-03"), date("2011-03-24"));
        assertConsistentWithPositions(LTU, KnownAt.of(beforeCorrection), then);
    }

    @Test
    void the_counts_at_each_point_are_those_of_the_participants_on_that_date() {
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        record(correction(LTU, "2011-03-25", "2011-03-24"));
        record(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), SOURCE, null, ALICE));
        record(new TreatySigned(NOR, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(NOR, CCM, TreatyAction.RATIFIED, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyAccededTo(ESP, CCM, day("2011-03-24"), SOURCE, null, ALICE));
        Instant beforeEspana = feed.lastRecordedAt().minusSeconds(30);

        ParticipantsTimeline timeline = participantsTimelines.handle(new ParticipantsTimelineQuery(CCM, null));

        assertThat(timeline.points()).extracting(ParticipantCounts::date)
                .containsExactly(date("2008-12-03"), date("2011-03-24"), date("2025-03-06"));
        assertThat(timeline.points().get(1).counts()).containsEntry("PARTY", 3)
                .containsEntry("SIGNATORY", 0).containsOnlyKeys("SIGNATORY", "PROVISIONALLY_APPLYING", "PARTY",
                        "WITHDRAWN", "MEMBER", "ADHERENT", "NOT_BECOMING_PARTY", "SUSPENDED");
        assertConsistentWithParticipants(CCM, KnownAt.NOW, timeline);
        ParticipantsTimeline then = participantsTimelines.handle(new ParticipantsTimelineQuery(CCM, beforeEspana));
        assertThat(then.points().get(1).counts()).containsEntry("PARTY", 2);
        assertConsistentWithParticipants(CCM, KnownAt.of(beforeEspana), then);
    }

    @Test
    void in_force_the_counts_move_when_the_instrument_enters_into_force_for_each_party() {
        // Norway among the first thirty (in force 1 August 2010), Lithuania after (1 September 2011), then
        // withdrawing with effect on 6 March 2025; Spain acceding on 10 May 2011 (in force 1 November 2011).
        record(new TreatySigned(NOR, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(NOR, CCM, TreatyAction.RATIFIED, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatySigned(LTU, CCM, day("2008-12-03"), SOURCE, null, ALICE));
        record(new TreatyRatified(LTU, CCM, TreatyAction.RATIFIED, day("2011-03-25"), SOURCE, null, ALICE));
        Instant beforeCorrection = feed.lastRecordedAt().plusMillis(1);
        record(correction(LTU, "2011-03-25", "2011-03-24"));
        record(new WithdrawnFromTreaty(LTU, CCM, day("2024-09-06"), day("2025-03-06"), SOURCE, null, ALICE));
        record(new TreatyAccededTo(ESP, CCM, day("2011-05-10"), SOURCE, null, ALICE));

        ParticipantsTimeline timeline = participantsTimelines.handle(
                new ParticipantsTimelineQuery(CCM, null, CountingBasis.IN_FORCE));

        assertThat(timeline.basis()).isEqualTo(CountingBasis.IN_FORCE);
        assertThat(timeline.points()).extracting(ParticipantCounts::date).containsExactly(date("2008-12-03"),
                date("2010-08-01"), date("2011-03-24"), date("2011-05-10"), date("2011-09-01"), date("2011-11-01"),
                date("2025-03-06"));
        assertThat(timeline.points().get(0).counts()).containsEntry("DEPOSITED_NOT_IN_FORCE", 1)
                .containsEntry("PARTY", 0).containsEntry("SIGNATORY", 1);
        assertThat(timeline.points().get(5).counts()).containsEntry("PARTY", 3)
                .containsEntry("DEPOSITED_NOT_IN_FORCE", 0);
        assertConsistentWithParticipants(CCM, KnownAt.NOW, timeline);
        // Known before the correction, Lithuania's deposit was in March too: still 1 September 2011.
        ParticipantsTimeline then = participantsTimelines.handle(
                new ParticipantsTimelineQuery(CCM, beforeCorrection, CountingBasis.IN_FORCE));
        assertConsistentWithParticipants(CCM, KnownAt.of(beforeCorrection), then);
        // On the deposits, the same history counts three parties from 10 May 2011.
        ParticipantsTimeline deposited = participantsTimelines.handle(new ParticipantsTimelineQuery(CCM, null));
        assertThat(deposited.points()).extracting(ParticipantCounts::date).containsExactly(date("2008-12-03"),
                date("2011-03-24"), date("2011-05-10"), date("2025-03-06"));
        assertConsistentWithParticipants(CCM, KnownAt.NOW, deposited);
    }

    @Test
    void a_regime_left_and_an_instrument_without_actions() {
        record(new RegimeJoined(LTU, NSG, day("2004-01-01"), SOURCE, null, ALICE));
        record(new RegimeLeft(LTU, NSG, day("2020-05-01"), null, SOURCE, null, ALICE));

        ParticipantsTimeline timeline = participantsTimelines.handle(new ParticipantsTimelineQuery(NSG, null));

        assertThat(timeline.points()).hasSize(2);
        assertThat(timeline.points().get(1).counts()).containsEntry("MEMBER", 0).containsEntry("WITHDRAWN", 1);
        assertConsistentWithParticipants(NSG, KnownAt.NOW, timeline);
        assertThat(participantsTimelines.handle(new ParticipantsTimelineQuery(NSG, null, CountingBasis.IN_FORCE))
                .points()).extracting(ParticipantCounts::counts).isEqualTo(timeline.points().stream()
                .map(point -> withNotInForce(point.counts())).toList());
        assertThat(participantsTimelines.handle(new ParticipantsTimelineQuery(CCM, null)).points()).isEmpty();
        assertThat(statusTimelines.handle(new CountryStatusTimelineQuery(NOR, null)).instruments()).isEmpty();
    }

    /** At every period's start and the day before it, the position says the period's status, since and action. */
    private void assertConsistentWithPositions(CountryCode country, KnownAt known, CountryStatusTimeline timeline) {
        for (InstrumentStatusTimeline instrument : timeline.instruments()) {
            for (StatusPeriod period : instrument.periods()) {
                InstrumentStatus at = positionOn(country, instrument.instrument(), period.from(), known);
                assertThat(at.status()).as("%s on %s", instrument.instrument(), period.from())
                        .isEqualTo(period.status());
                assertThat(at.since()).isEqualTo(period.from());
                assertThat(at.action()).isEqualTo(period.action());
                if (period.to() != null) {
                    InstrumentStatus lastDay = positionOn(country, instrument.instrument(), period.to().minusDays(1),
                            known);
                    assertThat(lastDay.status()).as("%s on the day before %s", instrument.instrument(), period.to())
                            .isEqualTo(period.status());
                    assertThat(lastDay.since()).isEqualTo(period.from());
                }
            }
            LocalDate first = instrument.periods().get(0).from();
            assertThat(positionOn(country, instrument.instrument(), first.minusDays(1), known).status())
                    .isEqualTo(ParticipationStatus.NONE);
        }
    }

    /** At every point and the day before it, the counts are those of the participants list on that date. */
    private void assertConsistentWithParticipants(InstrumentId instrument, KnownAt known,
                                                  ParticipantsTimeline timeline) {
        Map<String, Integer> previous = null;
        CountingBasis basis = timeline.basis();
        for (ParticipantCounts point : timeline.points()) {
            assertThat(point.counts()).as("on %s", point.date())
                    .isEqualTo(counted(instrument, point.date(), known, basis));
            Map<String, Integer> dayBefore = counted(instrument, point.date().minusDays(1), known, basis);
            if (previous != null) {
                assertThat(dayBefore).as("the day before %s", point.date()).isEqualTo(previous);
            } else {
                assertThat(dayBefore.values()).allMatch(count -> count == 0);
            }
            previous = point.counts();
        }
    }

    private InstrumentStatus positionOn(CountryCode country, InstrumentId instrument, LocalDate date, KnownAt known) {
        return reads.statusesOf(country, date, known).stream()
                .filter(status -> status.instrument().equals(instrument)).findFirst().orElseThrow();
    }

    private Map<String, Integer> counted(InstrumentId instrument, LocalDate date, KnownAt known,
                                         CountingBasis basis) {
        Map<String, Integer> counts = basis.zeros();
        List<Participant> participants = reads.participantsOf(instrument, date, known);
        participants.forEach(participant -> counts.merge(basis.countKey(participant.status(), participant.inForce()),
                1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> withNotInForce(Map<String, Integer> deposited) {
        Map<String, Integer> counts = CountingBasis.IN_FORCE.zeros();
        counts.putAll(deposited);
        return counts;
    }

    private void record(Object event) {
        String aggregate = event instanceof TreatyActionCorrected corrected
                ? corrected.participationId().toString()
                : ((TreatyActionRecorded) event).participationId().toString();
        feed.record(aggregate, event);
    }

    private static TreatyActionCorrected correction(CountryCode country, String wrong, String right) {
        return new TreatyActionCorrected(country, CCM, TreatyAction.RATIFIED, 1, day(wrong), day(right), day(wrong), day(right), Reason.of("Checked against the depositary"), SOURCE, ALICE, null, null, null);
    }

    private static ValidDate day(String date) {
        return ValidDate.parse(date);
    }

    private static LocalDate date(String date) {
        return LocalDate.parse(date);
    }
}
