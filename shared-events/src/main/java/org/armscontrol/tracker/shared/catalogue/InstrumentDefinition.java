package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An instrument as an admin registers or amends it, and as its events carry it: the id and the parent are plain
 * strings, so that reading an event never requires the instrument (or its parent) to be known already.
 * {@link #check()} holds the rules a new definition must obey; stored events are read as they are.
 *
 * @see Instrument for the meaning of each field
 */
public record InstrumentDefinition(String id, String shortName, String name, InstrumentKind kind,
                                   JoiningProcedure joining, ValidDate openedOn, LocalDate signatureOpenUntil,
                                   LocalDate entryIntoForce, String parent, String depositary,
                                   String depositaryReference, FinalClauses clauses) {

    /** Upper case, as every id of the catalogue: {@code CCM}, {@code CCW-P5}, {@code UNSCR-1540}. */
    public static final Pattern ID = Pattern.compile("[A-Z0-9-]{2,32}");
    public static final int MAX_SHORT_NAME = 200;
    public static final int MAX_NAME = 500;
    public static final int MAX_ARTICLE = 100;

    /** The definition of an instrument of the catalogue, e.g. a seed instrument about to be amended. */
    public static InstrumentDefinition of(Instrument instrument) {
        return new InstrumentDefinition(instrument.id().value(), instrument.shortName(), instrument.name(),
                instrument.kind(), instrument.joining(), instrument.openedOn(), instrument.signatureOpenUntil(),
                instrument.entryIntoForce(), instrument.parent() == null ? null : instrument.parent().value(),
                instrument.depositary(), instrument.depositaryReference(), instrument.clauses());
    }

    /** Refuses a definition that cannot be registered (the problem names the field at fault); else returns it. */
    public InstrumentDefinition check() {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidValueException("id", TextRules.echo(id)
                    + " is not an instrument id: 2 to 32 upper-case letters, digits or hyphens (e.g. CCW-P6)");
        }
        TextRules.requireLine(shortName, "shortName", MAX_SHORT_NAME);
        TextRules.requireLine(name, "name", MAX_NAME);
        TextRules.required(kind, "kind");
        TextRules.required(joining, "joining");
        TextRules.required(openedOn, "openedOn");
        TextRules.required(clauses, "clauses");
        TextRules.optionalLine(depositary, "depositary", MAX_NAME);
        TextRules.optionalLine(depositaryReference, "depositaryReference", MAX_ARTICLE);
        TextRules.optionalLine(clauses.consentArticle(), "clauses.consentArticle", MAX_ARTICLE);
        TextRules.optionalLine(clauses.withdrawalArticle(), "clauses.withdrawalArticle", MAX_ARTICLE);
        TextRules.optionalLine(clauses.provisionalArticle(), "clauses.provisionalArticle", MAX_ARTICLE);
        if (parent != null) {
            if (parent.equals(id)) {
                throw new InvalidValueException("parent", "an instrument cannot be its own parent");
            }
            if (!InstrumentCatalogue.contains(parent)) {
                throw new InvalidValueException("parent", "the parent " + TextRules.echo(parent)
                        + " is not an instrument of the catalogue; GET /api/instruments lists them");
            }
        }
        notBefore("signatureOpenUntil", signatureOpenUntil);
        notBefore("entryIntoForce", entryIntoForce);
        return this;
    }

    private void notBefore(String field, LocalDate date) {
        if (date != null && date.isBefore(openedOn.date())) {
            throw new InvalidValueException(field, field + " " + date + " is before openedOn " + openedOn.date());
        }
    }

    /** The fields (clauses by {@code clauses.<name>}) in which {@code other} differs from this definition. */
    public List<String> changedIn(InstrumentDefinition other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "shortName", shortName, other.shortName);
        compare(changed, "name", name, other.name);
        compare(changed, "kind", kind, other.kind);
        compare(changed, "joining", joining, other.joining);
        compare(changed, "openedOn", openedOn, other.openedOn);
        compare(changed, "signatureOpenUntil", signatureOpenUntil, other.signatureOpenUntil);
        compare(changed, "entryIntoForce", entryIntoForce, other.entryIntoForce);
        compare(changed, "parent", parent, other.parent);
        compare(changed, "depositary", depositary, other.depositary);
        compare(changed, "depositaryReference", depositaryReference, other.depositaryReference);
        FinalClauses mine = clauses;
        FinalClauses theirs = other.clauses;
        compare(changed, "clauses.consentArticle", mine.consentArticle(), theirs.consentArticle());
        compare(changed, "clauses.entryIntoForce", mine.entryIntoForce(), theirs.entryIntoForce());
        compare(changed, "clauses.withdrawalArticle", mine.withdrawalArticle(), theirs.withdrawalArticle());
        compare(changed, "clauses.withdrawalNotice", mine.withdrawalNotice(), theirs.withdrawalNotice());
        compare(changed, "clauses.provisionalApplication", mine.provisionalApplication(),
                theirs.provisionalApplication());
        compare(changed, "clauses.provisionalArticle", mine.provisionalArticle(), theirs.provisionalArticle());
        compare(changed, "clauses.acceptanceWithoutSignature", mine.acceptanceWithoutSignature(),
                theirs.acceptanceWithoutSignature());
        compare(changed, "clauses.suspension", mine.suspension(), theirs.suspension());
        return List.copyOf(changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /** The catalogue entry; the registry calls it once it knows the id (see {@link InstrumentCatalogue#register}). */
    Instrument toInstrument() {
        return new Instrument(InstrumentId.of(id), shortName, name, kind, joining, openedOn, signatureOpenUntil,
                entryIntoForce, parent == null ? null : InstrumentId.of(parent), depositary, depositaryReference,
                clauses);
    }
}
