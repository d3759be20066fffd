package org.armscontrol.tracker.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.catalogue.Delay;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule.Counting;
import org.armscontrol.tracker.shared.catalogue.EntryIntoForceRule.EarlyDeposit;
import org.armscontrol.tracker.shared.value.InvalidValueException;

/** When an instrument enters into force for a state: from what the delay counts, how long, and early deposits. */
@Schema(description = "The entry-into-force rule of the final clauses")
public record EntryIntoForceBody(
        @Schema(example = "FROM_DEPOSIT", allowableValues = {"FROM_DEPOSIT", "FROM_MONTH_OF_DEPOSIT", "FROM_JOINING",
                "FOR_ALL"}) String counting,
        @Schema(description = "absent: none; FROM_MONTH_OF_DEPOSIT counts months") DelayBody delay,
        @Schema(example = "LATER_OF_THE_TWO", allowableValues = {"LATER_OF_THE_TWO", "AT_ENTRY_INTO_FORCE"},
                description = "what a deposit before the instrument's own entry into force gives; required when "
                        + "counting from deposit") String early) {

    EntryIntoForceRule toRule(FieldParser parser, String field) {
        Counting parsedCounting = parser.required(field + ".counting", counting,
                () -> FieldParser.constant(Counting.class, "counting", counting));
        Delay parsedDelay = delay == null ? Delay.NONE : parser.parse(field + ".delay", delay::toDelay);
        EarlyDeposit parsedEarly = parser.optional(field + ".early", early,
                () -> FieldParser.constant(EarlyDeposit.class, "early", early));
        if (parsedCounting == null || parsedDelay == null || (early != null && parsedEarly == null)) {
            return null;
        }
        return parser.parse(field, () -> rule(parsedCounting, parsedDelay, parsedEarly, field));
    }

    private static EntryIntoForceRule rule(Counting counting, Delay delay, EarlyDeposit early, String field) {
        switch (counting) {
            case FROM_JOINING, FOR_ALL -> {
                if (!delay.isNone()) {
                    throw new InvalidValueException("delay", counting + " takes no delay");
                }
                return counting == Counting.FROM_JOINING ? EntryIntoForceRule.onJoining() : EntryIntoForceRule.forAll();
            }
            case FROM_MONTH_OF_DEPOSIT -> {
                if (delay.isNone() || delay.period().getMonths() == 0) {
                    throw new InvalidValueException("delay", "FROM_MONTH_OF_DEPOSIT counts whole months, e.g. "
                            + "{\"months\": 6}");
                }
            }
            default -> {
            }
        }
        if (early == null) {
            throw new InvalidValueException("early", field + ".early is required when counting " + counting
                    + " (LATER_OF_THE_TWO or AT_ENTRY_INTO_FORCE)");
        }
        return new EntryIntoForceRule(counting, delay, early);
    }
}
