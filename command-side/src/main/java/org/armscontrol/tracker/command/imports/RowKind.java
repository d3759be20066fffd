package org.armscontrol.tracker.command.imports;

import org.armscontrol.tracker.command.web.CorrectionRequest;
import org.armscontrol.tracker.command.web.ReservationRequest;
import org.armscontrol.tracker.command.web.StatementRequest;
import org.armscontrol.tracker.command.web.StockpileDeclarationRequest;
import org.armscontrol.tracker.command.web.TreatyActionRequest;
import org.armscontrol.tracker.command.web.VoteRequest;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of row an import takes, each the body of one of the single writes. */
enum RowKind {
    /** {@code POST /api/treaty-actions} */
    TREATY_ACTION("treaty-action", TreatyActionRequest.class),
    /** {@code POST /api/statements} */
    STATEMENT("statement", StatementRequest.class),
    /** {@code POST /api/stockpile-declarations} */
    STOCKPILE_DECLARATION("stockpile-declaration", StockpileDeclarationRequest.class),
    /** {@code POST /api/participations/{country}/{instrument}/corrections} */
    CORRECTION("correction", CorrectionRequest.class),
    /** {@code POST /api/votes} */
    VOTE("vote", VoteRequest.class),
    /** {@code POST /api/participations/{country}/{instrument}/reservations} */
    RESERVATION("reservation", ReservationRequest.class);

    private final String id;
    private final Class<?> requestType;

    RowKind(String id, Class<?> requestType) {
        this.id = id;
        this.requestType = requestType;
    }

    String id() {
        return id;
    }

    Class<?> requestType() {
        return requestType;
    }

    /** Whether the row names its participation (country and instrument) outside its body, as the path does. */
    boolean namesParticipation() {
        return this == CORRECTION || this == RESERVATION;
    }

    /** @throws InvalidValueException when {@code id} is not a kind of row */
    static RowKind of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidValueException("kind",
                        TextRules.echo(id) + " is not a kind of row; use one of " + all()));
    }

    private static String all() {
        return Arrays.stream(values()).map(RowKind::id).collect(Collectors.joining(", "));
    }
}
