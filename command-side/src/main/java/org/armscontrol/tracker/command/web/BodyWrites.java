package org.armscontrol.tracker.command.web;

import org.armscontrol.tracker.shared.WriteResult;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends the body of a single write without HTTP, exactly as its endpoint would: the same request type, the same
 * validation and command, and the same method and path in the fingerprint of its Idempotency-Key. Used by the bulk
 * import, whose rows are such bodies.
 */
@Component
public class BodyWrites {

    static final String TREATY_ACTIONS = "/api/treaty-actions";
    static final String STATEMENTS = "/api/statements";
    static final String STOCKPILE_DECLARATIONS = "/api/stockpile-declarations";
    static final String VOTES = "/api/votes";

    private final CommandSender sender;

    public BodyWrites(CommandSender sender) {
        this.sender = sender;
    }

    /**
     * @param body a {@link TreatyActionRequest}, {@link StatementRequest}, {@link StockpileDeclarationRequest},
     *             {@link ParticipationCorrection}, {@link ParticipationReservation} or
     *             {@link VoteRequest}
     * @throws org.armscontrol.tracker.platform.web.InvalidRequestException when a field is invalid (the endpoint's
     *                                                                      400), and whatever the command throws
     */
    public WriteResult write(Object body, BodyWrite write) {
        if (body instanceof TreatyActionRequest action) {
            return sender.send(action.toCommand(null), write.request(TREATY_ACTIONS), action, write.options());
        }
        if (body instanceof StatementRequest statement) {
            return sender.send(statement.toCommand(StatementId.random()), write.request(STATEMENTS), statement,
                    write.options());
        }
        if (body instanceof StockpileDeclarationRequest declaration) {
            return sender.send(declaration.toCommand(null), write.request(STOCKPILE_DECLARATIONS), declaration,
                    write.options());
        }
        if (body instanceof VoteRequest vote) {
            return sender.send(vote.toCommand(null), write.request(VOTES), vote, write.options());
        }
        if (body instanceof ParticipationCorrection correction) {
            return correct(correction, write);
        }
        if (body instanceof ParticipationReservation reservation) {
            return sender.send(reservation.body().toCommand(reservation.country(), reservation.instrument(), null),
                    write.request(reservation.path()), reservation.body(), write.options());
        }
        throw new IllegalArgumentException("not the body of a write: " + body.getClass().getName());
    }

    private WriteResult correct(ParticipationCorrection correction, BodyWrite write) {
        var command = correction.body().toCommand(correction.country(), correction.instrument(), null);
        try {
            return sender.send(command, write.request(correction.path()), correction.body(), write.options());
        } catch (AggregateNotFoundException e) {
            throw TreatyActionController.nothingToCorrect(correction.country(), correction.instrument());
        }
    }
}
