package org.armscontrol.tracker.query.catalogue;

import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.InstrumentKind;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.catalogue.ProvisionalApplication;
import org.armscontrol.tracker.shared.participation.ParticipationStatus;
import org.armscontrol.tracker.shared.participation.ReservationKind;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.value.DatePrecision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The values each coded field of the API takes, with the words the web UI shows for them: its forms' lists come from
 * here, so that a kind of action added to the domain appears in them without a change to the pages.
 *
 * @param actions             the kinds of treaty action, with their UNTC markers
 * @param statuses            a state's status with respect to an instrument
 * @param reservationKinds    reservation, declaration, objection...
 * @param reservationMadeWith the acts a reservation or declaration may accompany
 * @param stances             the stance of a statement
 * @param votes               how a state voted
 * @param munitionCategories  the category of a stockpile's weapon system
 * @param stockpileStatuses   what is known of a stockpile (a declaration takes all but DESTROYED)
 * @param datePrecisions      how much of a date the source gives
 * @param instrumentKinds     treaty, protocol, regime...
 * @param joiningProcedures   how states join an instrument, each with the kinds of action it allows
 * @param entryIntoForceCounting from what an instrument's entry into force for a state is counted
 * @param earlyDeposits       what a deposit made before the instrument's entry into force takes effect on
 * @param provisionalApplication whether and when provisional application is open
 */
public record Vocabulary(List<Term> actions, List<Term> statuses, List<Term> reservationKinds,
                         List<Term> reservationMadeWith, List<Term> stances, List<Term> votes,
                         List<Term> munitionCategories, List<Term> stockpileStatuses, List<Term> datePrecisions,
                         List<Term> instrumentKinds, List<JoiningTerm> joiningProcedures,
                         List<Term> entryIntoForceCounting, List<Term> earlyDeposits,
                         List<Term> provisionalApplication) {

    /** A joining procedure with the kinds of action open under it (in the order of {@link TreatyAction}). */
    public record JoiningTerm(String value, String label, List<String> actions) {
    }

    private static final Map<String, String> LABELS = Map.of(
            EntryIntoForceRule.Counting.FROM_DEPOSIT.name(), "from the deposit",
            EntryIntoForceRule.Counting.FROM_MONTH_OF_DEPOSIT.name(), "from the month of deposit (first day)",
            EntryIntoForceRule.Counting.FROM_JOINING.name(), "from joining",
            EntryIntoForceRule.Counting.FOR_ALL.name(), "for every state at once",
            EntryIntoForceRule.EarlyDeposit.LATER_OF_THE_TWO.name(), "the later of the two dates",
            EntryIntoForceRule.EarlyDeposit.AT_ENTRY_INTO_FORCE.name(), "the instrument's entry into force",
            TreatyAction.SUCCEEDED_TO_SIGNATURE.name(), "signature by succession");

    static Vocabulary current() {
        return new Vocabulary(
                Arrays.stream(TreatyAction.values()).map(Vocabulary::action).toList(),
                terms(ParticipationStatus.values()),
                terms(ReservationKind.values()),
                Arrays.stream(TreatyAction.values())
                        .filter(a -> TreatyAction.SIGNATURES.contains(a) || TreatyAction.CONSENTS.contains(a))
                        .map(Vocabulary::action).toList(),
                terms(Stance.values()),
                terms(org.armscontrol.tracker.shared.vote.VoteCast.values()),
                terms(MunitionCategory.values()),
                terms(StockpileStatus.values()),
                terms(DatePrecision.values()),
                terms(InstrumentKind.values()),
                Arrays.stream(JoiningProcedure.values()).map(procedure -> new JoiningTerm(procedure.name(),
                        Term.words(procedure), Arrays.stream(TreatyAction.values()).filter(procedure::allows)
                        .map(Enum::name).toList())).toList(),
                terms(EntryIntoForceRule.Counting.values()),
                terms(EntryIntoForceRule.EarlyDeposit.values()),
                terms(ProvisionalApplication.values()));
    }

    private static Term action(TreatyAction action) {
        return new Term(action.name(), label(action), action.untcMarker().orElse(null));
    }

    private static List<Term> terms(Enum<?>[] constants) {
        return Stream.of(constants).map(constant -> Term.of(constant, label(constant))).toList();
    }

    private static String label(Enum<?> constant) {
        return LABELS.getOrDefault(constant.name(), Term.words(constant));
    }
}
