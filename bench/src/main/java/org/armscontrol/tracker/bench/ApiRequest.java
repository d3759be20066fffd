package org.armscontrol.tracker.bench;

import org.armscontrol.tracker.shared.participation.TreatyActionCommand;
import org.armscontrol.tracker.shared.participation.RecordTreatyAction;
import org.armscontrol.tracker.shared.statement.AmendStatement;
import org.armscontrol.tracker.shared.statement.RecordStatement;
import org.armscontrol.tracker.shared.statement.StatementContent;
import org.armscontrol.tracker.shared.statement.StatementId;
import org.armscontrol.tracker.shared.stockpile.DeclareStockpile;
import org.armscontrol.tracker.shared.stockpile.ReportStockpileDestruction;
import org.armscontrol.tracker.shared.value.Source;
import org.armscontrol.tracker.shared.value.ValidDate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A synthetic command as the HTTP request of API.md that carries it: a path and a JSON body. */
record ApiRequest(String path, Map<String, Object> body) {

    static ApiRequest of(Object command, Function<StatementId, String> statementPathId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (command instanceof TreatyActionCommand action) {
            body.put("country", action.country().value());
            body.put("instrument", action.instrument().value());
            body.put("action", action.action().name());
            body.put("date", date(action.date()));
            if (action instanceof RecordTreatyAction recorded && recorded.effectiveDate() != null) {
                body.put("effectiveDate", date(recorded.effectiveDate()));
            }
            body.put("source", source(action.source()));
            return new ApiRequest("/api/treaty-actions", body);
        }
        if (command instanceof RecordStatement statement) {
            StatementContent content = statement.content();
            body.put("country", statement.country().value());
            body.put("date", date(content.date()));
            body.put("forum", content.forum());
            body.put("location", content.location());
            if (content.speaker() != null) {
                body.put("speaker", content.speaker().name());
                body.put("speakerRole", content.speaker().role());
            }
            body.put("instruments", content.instruments().stream().map(id -> id.value()).toList());
            body.put("stance", content.stance().name());
            body.put("summary", content.summary());
            body.put("source", source(content.source()));
            return new ApiRequest("/api/statements", body);
        }
        if (command instanceof AmendStatement amendment) {
            body.put("stance", amendment.changes().stance().name());
            body.put("summary", amendment.changes().summary());
            body.put("reason", amendment.reason().text());
            return new ApiRequest("/api/statements/" + statementPathId.apply(amendment.statementId()) + "/amendments",
                    body);
        }
        if (command instanceof DeclareStockpile declaration) {
            body.put("country", declaration.country().value());
            body.put("weaponSystem", declaration.weaponSystem().name());
            body.put("category", declaration.declaration().category().name());
            body.put("quantity", declaration.declaration().quantity());
            body.put("status", declaration.declaration().status().name());
            body.put("origin", declaration.declaration().origin());
            body.put("date", date(declaration.declaration().date()));
            body.put("source", source(declaration.declaration().source()));
            return new ApiRequest("/api/stockpile-declarations", body);
        }
        if (command instanceof ReportStockpileDestruction destruction) {
            body.put("quantityDestroyed", destruction.quantityDestroyed());
            body.put("date", date(destruction.date()));
            body.put("source", source(destruction.source()));
            return new ApiRequest("/api/stockpiles/" + destruction.stockpileId().country().value() + "/"
                    + URLEncoder.encode(destruction.stockpileId().weaponSystemKey(), StandardCharsets.UTF_8)
                    .replace("+", "%20") + "/destructions", body);
        }
        throw new IllegalArgumentException("no API request for " + command);
    }

    private static String date(ValidDate date) {
        return date.date().toString();
    }

    private static Map<String, Object> source(Source source) {
        return Map.of("citation", source.citation());
    }
}
