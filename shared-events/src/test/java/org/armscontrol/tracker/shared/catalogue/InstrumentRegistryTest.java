package org.armscontrol.tracker.shared.catalogue;

import org.armscontrol.tracker.shared.participation.TreatyAction;
import org.armscontrol.tracker.shared.value.InstrumentId;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.ValidDate;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Instruments registered at run time: known to every look-up of the catalogue, after the seed. */
class InstrumentRegistryTest {

    private static InstrumentDefinition protocol(String id, ProvisionalApplication provisional) {
        return new InstrumentDefinition(id, "Protocol " + id, "Protocol " + id + " to the CCW",
                InstrumentKind.PROTOCOL, JoiningProcedure.CONSENT_TO_BE_BOUND, ValidDate.parse("2030-01-01"), null,
                null, "CCW", null, null, FinalClauses.ofMembership()
                .withProvisionalApplication(provisional, null));
    }

    @Test
    void a_registered_instrument_is_known_by_its_id_and_listed_after_the_seed() {
        assertThatThrownBy(() -> InstrumentId.of("REG-TEST-1")).isInstanceOf(InvalidValueException.class);

        InstrumentCatalogue.register(protocol("REG-TEST-1", ProvisionalApplication.NOT_PROVIDED), 0);

        InstrumentId id = InstrumentId.of("REG-TEST-1");
        assertThat(id.instrument().parent()).isEqualTo(InstrumentId.of("CCW"));
        assertThat(InstrumentCatalogue.contains("REG-TEST-1")).isTrue();
        assertThat(InstrumentCatalogue.isSeed("REG-TEST-1")).isFalse();
        assertThat(InstrumentCatalogue.all().get(InstrumentCatalogue.all().size() - 1).id()).isEqualTo(id);
        assertThat(InstrumentCatalogue.ids()).contains("CCM", "REG-TEST-1");
    }

    @Test
    void registering_again_replaces_the_definition_in_place() {
        InstrumentCatalogue.register(protocol("REG-TEST-2", ProvisionalApplication.NOT_PROVIDED), 0);
        int size = InstrumentCatalogue.all().size();
        assertThat(InstrumentId.of("REG-TEST-2").instrument().allows(TreatyAction.PROVISIONALLY_APPLIED)).isFalse();

        InstrumentCatalogue.register(protocol("REG-TEST-2", ProvisionalApplication.AT_CONSENT), 1);

        assertThat(InstrumentCatalogue.all()).hasSize(size);
        assertThat(InstrumentId.of("REG-TEST-2").instrument().clauses().provisionalApplication())
                .isEqualTo(ProvisionalApplication.AT_CONSENT);
    }

    @Test
    void an_older_version_delivered_after_a_newer_one_changes_nothing() {
        // Both sides feed the catalogue in one process; the read models' processor may lag behind the command side.
        InstrumentCatalogue.register(protocol("REG-TEST-4", ProvisionalApplication.NOT_PROVIDED), 0);
        InstrumentCatalogue.register(protocol("REG-TEST-4", ProvisionalApplication.AT_CONSENT), 1);

        InstrumentCatalogue.register(protocol("REG-TEST-4", ProvisionalApplication.NOT_PROVIDED), 0);
        InstrumentCatalogue.register(protocol("REG-TEST-4", ProvisionalApplication.NOT_PROVIDED), 1);

        assertThat(InstrumentId.of("REG-TEST-4").instrument().clauses().provisionalApplication())
                .isEqualTo(ProvisionalApplication.AT_CONSENT);
    }

    @Test
    void as_known_at_an_instant_the_definition_recorded_by_then_holds() {
        Instant registered = Instant.parse("2026-01-01T00:00:00Z");
        Instant amended = Instant.parse("2026-03-01T00:00:00Z");
        InstrumentCatalogue.register(protocol("REG-TEST-5", ProvisionalApplication.AT_CONSENT), 1, amended);
        InstrumentCatalogue.register(protocol("REG-TEST-5", ProvisionalApplication.NOT_PROVIDED), 0, registered);
        InstrumentId id = InstrumentId.of("REG-TEST-5");

        assertThat(InstrumentCatalogue.get(id).clauses().provisionalApplication())
                .isEqualTo(ProvisionalApplication.AT_CONSENT);
        assertThat(InstrumentCatalogue.asKnownAt(id, amended.minusSeconds(1)).clauses().provisionalApplication())
                .isEqualTo(ProvisionalApplication.NOT_PROVIDED);
        assertThat(InstrumentCatalogue.asKnownAt(id, amended).clauses().provisionalApplication())
                .isEqualTo(ProvisionalApplication.AT_CONSENT);
        assertThat(InstrumentCatalogue.asKnownAt(id, null)).isEqualTo(InstrumentCatalogue.get(id));

        assertThat(InstrumentCatalogue.containedAt("REG-TEST-5", registered.minusSeconds(1))).isFalse();
        assertThat(InstrumentCatalogue.allAsKnownAt(registered.minusSeconds(1))).extracting(Instrument::id)
                .doesNotContain(id)
                .contains(InstrumentId.of("CCM"));
        assertThat(InstrumentCatalogue.allAsKnownAt(registered)).extracting(Instrument::id).contains(id);
    }

    @Test
    void a_seed_instrument_before_its_first_amendment_is_the_seed() {
        Instrument seed = InstrumentId.of("WASSENAAR").instrument();
        Instant amended = Instant.parse("2026-02-01T00:00:00Z");
        InstrumentDefinition changed = new InstrumentChanges("Wassenaar (amended in a test)", null, null, null, null,
                null, null, null, null, null, null).applyTo(InstrumentDefinition.of(seed));
        InstrumentCatalogue.register(changed, 0, amended);
        try {
            assertThat(InstrumentCatalogue.asKnownAt(seed.id(), amended.minusMillis(1))).isEqualTo(seed);
            assertThat(InstrumentCatalogue.asKnownAt(seed.id(), amended).shortName())
                    .isEqualTo("Wassenaar (amended in a test)");
        } finally {
            InstrumentCatalogue.register(InstrumentDefinition.of(seed), 1, amended);
        }
    }

    @Test
    void an_amended_seed_instrument_replaces_the_seed_in_every_look_up() {
        Instrument seed = InstrumentId.of("MTCR").instrument();
        InstrumentDefinition amended = new InstrumentChanges(null, null, null, null, null, null,
                LocalDate.parse("1987-04-16"), null, null, null, null).applyTo(InstrumentDefinition.of(seed));

        InstrumentCatalogue.register(amended, 0);
        try {
            assertThat(InstrumentId.of("MTCR").instrument().entryIntoForce())
                    .isEqualTo(LocalDate.parse("1987-04-16"));
            assertThat(InstrumentCatalogue.all()).filteredOn(i -> i.id().value().equals("MTCR")).hasSize(1);
        } finally {
            // Other specifications in this JVM read the seed as it is.
            InstrumentCatalogue.register(InstrumentDefinition.of(seed), 1);
        }
    }

    @Test
    void a_definition_naming_an_unknown_parent_is_not_registered() {
        InstrumentDefinition orphan = new InstrumentDefinition("REG-TEST-3", "Orphan", "Orphan",
                InstrumentKind.PROTOCOL, JoiningProcedure.CONSENT_TO_BE_BOUND, ValidDate.parse("2030-01-01"), null,
                null, "NO-SUCH-PARENT", null, null, FinalClauses.ofMembership());

        assertThatThrownBy(() -> InstrumentCatalogue.register(orphan, 0)).isInstanceOf(InvalidValueException.class);
        assertThat(InstrumentCatalogue.contains("REG-TEST-3")).isFalse();
    }
}
