package org.armscontrol.tracker.shared.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an instrument enters into force for a state, counted from the day the state consented to be bound (the
 * deposit of its instrument) or joined, as the instrument's final clauses say.
 * <p>
 * Treaty texts count in two ways for states that deposit before the instrument itself is in force. Some count from
 * the deposit of the instrument that brought it into force ("after the deposit of the thirtieth instrument": CCM,
 * Mine Ban Treaty, CCW and its protocols, TPNW), so the state's own date applies whenever it is later than the
 * instrument's entry into force ({@link EarlyDeposit#LATER_OF_THE_TWO}). Others count only for deposits "subsequent
 * to the entry into force" (NPT, BWC, CWC, ATT, CTBT), so every earlier deposit takes effect on the instrument's
 * entry into force ({@link EarlyDeposit#AT_ENTRY_INTO_FORCE}).
 *
 * @param counting from what the delay runs
 * @param delay    how long after it
 * @param early    what a deposit before the instrument's own entry into force gives
 */
public record EntryIntoForceRule(Counting counting, Delay delay, EarlyDeposit early) {

    /** From what the delay runs. */
    public enum Counting {
        /** Membership and subscription: in force from joining, whatever the instrument's own dates. */
        FROM_JOINING,
        /** Binding on every state from the instrument's own entry into force, without any act (UNSC resolutions). */
        FOR_ALL,
        /** The day of deposit of the state's instrument of consent. */
        FROM_DEPOSIT,
        /** The first day of the month of deposit ("the first day of the sixth month after ... deposited"). */
        FROM_MONTH_OF_DEPOSIT
    }

    /** What a state that deposited before the instrument's own entry into force gets. */
    public enum EarlyDeposit {
        /** The later of the instrument's entry into force and the date counted from the deposit. */
        LATER_OF_THE_TWO,
        /** The instrument's entry into force; the delay counts only for deposits after it. */
        AT_ENTRY_INTO_FORCE
    }

    public EntryIntoForceRule {
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(early, "early");
    }

    /** Membership, subscription: in force for the state from the day it joined. */
    public static EntryIntoForceRule onJoining() {
        return new EntryIntoForceRule(Counting.FROM_JOINING, Delay.NONE, EarlyDeposit.LATER_OF_THE_TWO);
    }

    /** Binding on every state from the instrument's entry into force (a Security Council resolution). */
    public static EntryIntoForceRule forAll() {
        return new EntryIntoForceRule(Counting.FOR_ALL, Delay.NONE, EarlyDeposit.AT_ENTRY_INTO_FORCE);
    }

    /** On the day of deposit (earlier deposits: on the instrument's entry into force). */
    public static EntryIntoForceRule onDeposit() {
        return new EntryIntoForceRule(Counting.FROM_DEPOSIT, Delay.NONE, EarlyDeposit.AT_ENTRY_INTO_FORCE);
    }

    /** So long after the day of deposit. */
    public static EntryIntoForceRule after(Delay delay, EarlyDeposit early) {
        return new EntryIntoForceRule(Counting.FROM_DEPOSIT, delay, early);
    }

    /** On the first day of the n-th month after the month of deposit. */
    public static EntryIntoForceRule firstDayOfMonthAfter(int months, EarlyDeposit early) {
        return new EntryIntoForceRule(Counting.FROM_MONTH_OF_DEPOSIT, Delay.months(months), early);
    }

    /**
     * The day the instrument enters into force for a state that consented (or joined) on {@code consent}; empty
     * while the instrument itself is not in force ({@code instrumentInForce} null) and the rule waits for it.
     */
    public Optional<LocalDate> forState(LocalDate consent, LocalDate instrumentInForce) {
        Objects.requireNonNull(consent, "consent");
        if (counting == Counting.FROM_JOINING) {
            return Optional.of(consent);
        }
        if (instrumentInForce == null) {
            return Optional.empty();
        }
        if (counting == Counting.FOR_ALL) {
            return Optional.of(instrumentInForce);
        }
        LocalDate counted = counting == Counting.FROM_MONTH_OF_DEPOSIT
                ? consent.withDayOfMonth(1).plusMonths(delay.months())
                : delay.after(consent);
        return Optional.of(switch (early) {
            case LATER_OF_THE_TWO -> counted.isAfter(instrumentInForce) ? counted : instrumentInForce;
            case AT_ENTRY_INTO_FORCE -> consent.isAfter(instrumentInForce) ? counted : instrumentInForce;
        });
    }

    /** The rule in words, as the catalogue shows it. */
    public String description() {
        String when = switch (counting) {
            case FROM_JOINING -> "from joining";
            case FOR_ALL -> "for every state from its adoption, without any act of the state";
            case FROM_DEPOSIT -> delay.isNone() ? "on the date of deposit" : delay + " after deposit";
            case FROM_MONTH_OF_DEPOSIT -> "first day of the " + Numbers.ordinal(delay.months())
                    + " month after the month of deposit";
        };
        return switch (counting) {
            case FROM_JOINING, FOR_ALL -> when;
            default -> when + switch (early) {
                case LATER_OF_THE_TWO -> ", or the instrument's entry into force if later";
                case AT_ENTRY_INTO_FORCE -> "; deposits before the instrument's entry into force: on that date";
            };
        };
    }

    @Override
    public String toString() {
        return description();
    }
}
