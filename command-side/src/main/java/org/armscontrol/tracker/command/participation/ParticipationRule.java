package org.armscontrol.tracker.command.participation;

import org.armscontrol.tracker.command.rules.RuleCode;

/** The rules of a participation, each answered 409 with its code (the README's rules table lists them). */
public enum ParticipationRule implements RuleCode {
    /** The instrument's clauses do not provide for the action (e.g. JOINED a treaty, SUSPENDED without a clause). */
    ACTION_NOT_APPLICABLE,
    DATE_IN_FUTURE,
    BEFORE_INSTRUMENT_OPENED,
    /** Earlier than the previous action of the same record. */
    OUT_OF_ORDER,
    SIGNATURE_CLOSED,
    SIGNATURE_REQUIRED,
    ACCESSION_AFTER_SIGNATURE,
    ALREADY_PARTY,
    ALREADY_SIGNED,
    ALREADY_MEMBER,
    ALREADY_ADHERENT,
    ALREADY_APPLYING_PROVISIONALLY,
    ALREADY_SUSPENDED,
    /** A declaration of no intent to become a party is recorded: the state signs no more. */
    NOT_BECOMING_PARTY,
    NOT_A_SIGNATORY,
    NOT_A_PARTY,
    NOT_A_MEMBER,
    /** Revoking a consent that is no ratification of a signatory, or that is already in force for the state. */
    NOT_REVOCABLE,
    WITHDRAWN,
    STATUS_FORBIDS,
    NO_EFFECTIVE_DATE,
    EFFECTIVE_BEFORE_DATE,
    NOTHING_TO_CORRECT,
    AMBIGUOUS_CORRECTION,
    CORRECTION_CHANGES_NOTHING,
    NOTHING_TO_VOID,
    AMBIGUOUS_VOID,
    /** A second void of a treaty action or a reservation. */
    ALREADY_VOID,
    /** Any change to a reservation that was voided. */
    VOIDED,
    /** The same action on the same date is already recorded (a duplicate); nothing is written. */
    ALREADY_RECORDED,
    NOT_A_PARTICIPANT,
    RESERVATION_WITHDRAWN,
    WITHDRAWAL_BEFORE_RESERVATION
}
