package org.armscontrol.tracker.shared.synthetic;

import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.catalogue.Instrument;
import org.armscontrol.tracker.shared.catalogue.InstrumentCatalogue;
import org.armscontrol.tracker.shared.catalogue.JoiningProcedure;
import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.Speaker;
import org.armscontrol.tracker.shared.statement.Stance;
import org.armscontrol.tracker.shared.statement.StatementChanges;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.MunitionCategory;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.armscontrol.tracker.shared.stockpile.StockpileDeclaration;
import org.armscontrol.tracker.shared.stockpile.StockpileId;
import org.armscontrol.tracker.shared.stockpile.StockpileStatus;
import org.armscontrol.tracker.shared.stockpile.WeaponSystem;
import org.armscontrol.tracker.shared.value.CountryCode;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.Reason;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic, reproducible history of many countries, as the commands data-entry staff would send: first every
 * country's treaty actions (signatures, ratifications, accessions, regime memberships, adherences, a few
 * withdrawals) and stockpile declarations with destruction reports, then statements at meetings and amendments of
 * them for as long as asked. Every command passes the command side's rules when sent in order, per record: commands
 * of one record ({@link #recordOf(Object)}) must keep their order; those of different records may go in parallel.
 * The same seed gives the same commands, down to the statement ids.
 */
public final class SyntheticHistory implements Iterator<Object> {

    private static final List<String> FORUMS = List.of("CCW Group of Governmental Experts",
            "Meeting of States Parties to the Convention on Cluster Munitions", "First Committee of the UN General "
                    + "Assembly", "Conference on Disarmament", "NPT Review Conference", "Mine Ban Treaty Intersessional "
                    + "Meetings", "Arms Trade Treaty Conference of States Parties", "IAEA General Conference");
    private static final List<String> CITIES = List.of("Geneva", "New York", "Vienna", "The Hague", "Oslo", "Dublin");
    private static final List<String> SYSTEMS = List.of("RBK-500", "RBK-250", "BM-21 Grad", "9M55K", "KMGU-2",
            "CBU-87", "M26", "PFM-1", "OZM-72", "MON-50", "Scud-B", "Tochka");
    private static final List<String> PHRASES = List.of("humanitarian concerns can be met by full implementation "
                    + "of existing law", "supports negotiations on a legally binding instrument", "is not in a "
                    + "position to join at this stage", "calls for universal adherence", "stresses the military utility "
                    + "of these weapons", "reports progress on the destruction of its stockpile", "welcomes the entry "
                    + "into force", "will consider accession once its security situation allows");
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);

    private final Random random;
    private final List<CountryCode> countries;
    private final String recorder;
    private final long limit;
    private final Deque<Object> pending = new ArrayDeque<>();
    private final List<StatementId> statements = new ArrayList<>();
    private int nextCountry;
    private long produced;

    /**
     * @param seed      the seed of every random choice
     * @param countries how many countries take part (at most all ISO 3166-1 alpha-3 codes), in code order
     * @param limit     how many commands in all
     */
    public SyntheticHistory(long seed, int countries, long limit) {
        this.random = new Random(seed);
        this.countries = CountryCode.all().limit(countries).toList();
        this.recorder = "synthetic";
        this.limit = limit;
    }

    /** The record a command writes to, for keeping the commands of one record in order. */
    public static Object recordOf(Object command) {
        if (command instanceof TreatyActionCommand action) {
            return action.country().value() + ":" + action.instrument().value();
        }
        if (command instanceof RecordStatement statement) {
            return statement.statementId();
        }
        if (command instanceof AmendStatement amendment) {
            return amendment.statementId();
        }
        if (command instanceof DeclareStockpile declaration) {
            return declaration.stockpileId();
        }
        if (command instanceof ReportStockpileDestruction destruction) {
            return destruction.stockpileId();
        }
        throw new IllegalArgumentException("not a synthetic command: " + command);
    }

    /** The countries this history covers. */
    public List<CountryCode> countries() {
        return countries;
    }

    @Override
    public boolean hasNext() {
        return produced < limit;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending.isEmpty()) {
            if (nextCountry < countries.size()) {
                participationsAndStockpilesOf(countries.get(nextCountry++));
            } else {
                statementOrAmendment();
            }
        }
        produced++;
        return pending.poll();
    }

    private void participationsAndStockpilesOf(CountryCode country) {
        for (Instrument instrument : InstrumentCatalogue.all()) {
            actionsOn(country, instrument);
        }
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            stockpileOf(country, SYSTEMS.get(random.nextInt(SYSTEMS.size())) + "-" + i);
        }
        statementOrAmendment();
    }

    private void actionsOn(CountryCode country, Instrument instrument) {
        InstrumentId id = instrument.id();
        LocalDate opened = instrument.openedOn() == null ? LocalDate.of(1970, 1, 1) : instrument.openedOn().date();
        Source source = Source.of("UN Treaty Collection, status of " + id.value());
        JoiningProcedure joining = instrument.joining();
        double chance = random.nextDouble();
        LocalDate first = dateAfter(opened, 3 * 365);
        switch (joining) {
            case SIGNATURE_THEN_RATIFICATION -> {
                LocalDate signatureUntil = instrument.signatureOpenUntil();
                boolean canSign = signatureUntil == null || !first.isAfter(signatureUntil);
                if (chance < 0.55 && canSign) {
                    pending.add(new RecordTreatyAction(country, id, TreatyAction.SIGNED, ValidDate.of(first), null, source, null, null));
                    if (random.nextDouble() < 0.8) {
                        LocalDate ratified = dateAfter(first, 4 * 365);
                        pending.add(new RecordTreatyAction(country, id, TreatyAction.RATIFIED, ValidDate.of(ratified), null, source, null, null));
                        withdrawSometimes(country, id, ratified, source);
                    }
                } else if (chance < 0.8) {
                    pending.add(new RecordTreatyAction(country, id, TreatyAction.ACCEDED, ValidDate.of(dateAfter(opened, 10 * 365)), null, source, null, null));
                }
            }
            case CONSENT_TO_BE_BOUND -> {
                if (chance < 0.7) {
                    pending.add(new RecordTreatyAction(country, id, TreatyAction.RATIFIED, ValidDate.of(first), null, source, null, null));
                }
            }
            case MEMBERSHIP -> {
                if (chance < 0.25) {
                    pending.add(new RecordTreatyAction(country, id, TreatyAction.JOINED, ValidDate.of(first), null, source, null, null));
                }
            }
            case SUBSCRIPTION -> {
                if (chance < 0.6) {
                    pending.add(new RecordTreatyAction(country, id, TreatyAction.ADHERED, ValidDate.of(first), null, source, null, null));
                }
            }
            case BINDING_ON_ALL -> {
                // Nothing for a state to do: such instruments bind every state.
            }
        }
    }

    private void withdrawSometimes(CountryCode country, InstrumentId id, LocalDate ratified, Source source) {
        if (random.nextDouble() < 0.02) {
            LocalDate notified = dateAfter(ratified, 8 * 365);
            LocalDate effective = notified.plusMonths(6);
            if (!effective.isAfter(LATEST)) {
                pending.add(new RecordTreatyAction(country, id, TreatyAction.WITHDREW, ValidDate.of(notified), ValidDate.of(effective), Source.of("Depositary notification of withdrawal"), null, null));
            }
        }
    }

    private void stockpileOf(CountryCode country, String system) {
        LocalDate declared = dateAfter(LocalDate.of(1995, 1, 1), 20 * 365);
        WeaponSystem weaponSystem = WeaponSystem.of(system);
        long quantity = 10 + random.nextInt(5000);
        pending.add(new DeclareStockpile(country, weaponSystem, new StockpileDeclaration(
                random.nextBoolean() ? MunitionCategory.CLUSTER_MUNITION : MunitionCategory.ANTI_PERSONNEL_MINE,
                quantity, StockpileStatus.IN_SERVICE, random.nextBoolean() ? "inherited from the USSR" : null,
                ValidDate.of(declared), Source.of("Cluster Munition Monitor")), null));
        if (random.nextDouble() < 0.5) {
            pending.add(new ReportStockpileDestruction(StockpileId.of(country, weaponSystem),
                    1 + (long) random.nextInt((int) quantity), false, ValidDate.of(dateAfter(declared, 5 * 365)),
                    Source.of("Article 7 transparency report"), null, null));
        }
    }

    private void statementOrAmendment() {
        if (!statements.isEmpty() && random.nextDouble() < 0.3) {
            StatementId id = statements.get(random.nextInt(statements.size()));
            pending.add(new AmendStatement(id, new StatementChanges(null, null, null, null, null,
                    Stance.values()[random.nextInt(Stance.values().length)],
                    "Revised reading (" + produced + "): " + PHRASES.get(random.nextInt(PHRASES.size())), null, null),
                    Reason.of("Checked against the official record"), null));
            return;
        }
        CountryCode country = countries.get(random.nextInt(countries.size()));
        StatementId id = new StatementId(new UUID(random.nextLong(), random.nextLong()));
        LocalDate date = dateAfter(LocalDate.of(1996, 1, 1), 29 * 365);
        String forum = FORUMS.get(random.nextInt(FORUMS.size()));
        List<InstrumentId> instruments = List.of(InstrumentCatalogue.all()
                .get(random.nextInt(InstrumentCatalogue.all().size())).id());
        pending.add(new RecordStatement(id, country, new StatementContent(ValidDate.of(date), forum,
                CITIES.get(random.nextInt(CITIES.size())),
                random.nextBoolean() ? new Speaker("Head of delegation", "Ambassador") : null, instruments,
                Stance.values()[random.nextInt(Stance.values().length)],
                country.value() + " " + PHRASES.get(random.nextInt(PHRASES.size())) + ".", null,
                Source.of("Statement of " + country.value() + ", " + forum + ", " + date))));
        if (statements.size() < 100_000) {
            statements.add(id);
        } else {
            statements.set(random.nextInt(statements.size()), id);
        }
    }

    /** A day up to {@code days} after {@code from}, never after the end of 2025. */
    private LocalDate dateAfter(LocalDate from, int days) {
        LocalDate date = from.plusDays(1 + random.nextInt(days));
        return date.isAfter(LATEST) ? LATEST : date;
    }

    /** The user the commands are recorded by. */
    public String recorder() {
        return recorder;
    }
}
