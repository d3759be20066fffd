package org.armscontrol.tracker.command.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.armscontrol.tracker.command.web.CorrectionRequest;
import org.armscontrol.tracker.command.web.ParticipationCorrection;
import org.armscontrol.tracker.command.web.ParticipationReservation;
import org.armscontrol.tracker.command.web.ReservationRequest;
import org.armscontrol.tracker.command.web.WriteProblems;
import org.armscontrol.tracker.platform.web.ApiProblemHandler;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.platform.web.InvalidRequestException;
import org.armscontrol.tracker.platform.web.ProblemType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads an import JSON file: {@code {"rows": [{"key": ..., "kind": ..., "body": {...}}, ...]}} (and an optional
 * {@code description}), where {@code body} is exactly the body of the single write of that kind; a correction row
 * also names the participation with {@code country} and {@code instrument}. A body is read as strictly as the
 * single write reads it (unknown fields are errors) and explained the same way.
 */
@Component
class JsonImportReader {

    private static final Set<String> FILE_FIELDS = Set.of("rows", "description");
    private static final Set<String> ROW_FIELDS = Set.of("key", "kind", "body", "country", "instrument");

    private final ObjectMapper mapper;
    private final WriteProblems problems;

    JsonImportReader(ObjectMapper mapper, WriteProblems problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    ImportFile read(byte[] bytes) {
        JsonNode rows = rowsOf(tree(bytes));
        List<ImportRow> read = new ArrayList<>();
        for (JsonNode row : rows) {
            read.add(row(read.size() + 1, row));
        }
        return new ImportFile(ImportFormat.JSON, read);
    }

    private JsonNode tree(byte[] bytes) {
        try {
            JsonNode root = mapper.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw ImportFileException.malformed("the file is empty; send {\"rows\": [...]}");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ImportFileException.malformed(ApiProblemHandler.unreadable(
                    new HttpMessageNotReadableException(e.getOriginalMessage(), e, null)).getDetail());
        } catch (java.io.IOException e) {
            throw ImportFileException.malformed("the file cannot be read: " + e.getMessage());
        }
    }

    private static JsonNode rowsOf(JsonNode root) {
        if (!root.isObject()) {
            throw ImportFileException.malformed("the file must be a JSON object {\"rows\": [...]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FILE_FIELDS.contains(name)) {
                throw new ImportFileException(ProblemType.INVALID_REQUEST, name,
                        "unknown field '" + name + "'; known fields: " + FILE_FIELDS);
            }
        }
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new ImportFileException(ProblemType.INVALID_REQUEST, "rows",
                    "rows is required: an array of {\"key\", \"kind\", \"body\"}");
        }
        if (rows.isEmpty()) {
            throw new ImportFileException(ProblemType.INVALID_REQUEST, "rows", "rows is empty: nothing to import");
        }
        return rows;
    }

    private ImportRow row(int number, JsonNode row) {
        String key = text(row, "key");
        String kind = text(row, "kind");
        try {
            if (!row.isObject()) {
                throw new InvalidRequestException("row", "a row must be an object {\"key\", \"kind\", \"body\"}");
            }
            RowKind parsedKind = heads(row, key, kind);
            Object body = mapper.treeToValue(row.get("body"), parsedKind.requestType());
            if (parsedKind == RowKind.CORRECTION) {
                body = new ParticipationCorrection(text(row, "country"), text(row, "instrument"),
                        (CorrectionRequest) body);
            } else if (parsedKind == RowKind.RESERVATION) {
                body = new ParticipationReservation(text(row, "country"), text(row, "instrument"),
                        (ReservationRequest) body);
            }
            return ImportRow.readable(number, null, key, kind, body);
        } catch (InvalidRequestException e) {
            return ImportRow.unreadable(number, null, key, kind, problems.of(e));
        } catch (JsonProcessingException e) {
            return ImportRow.unreadable(number, null, key, kind,
                    ApiProblemHandler.unreadable(new HttpMessageNotReadableException(e.getMessage(), e, null)));
        }
    }

    /** The key and kind, a body object, and the fields of a row: every problem of them at once. */
    private static RowKind heads(JsonNode row, String key, String kind) {
        FieldParser parser = new FieldParser();
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ROW_FIELDS.contains(name)) {
                parser.add(name, "unknown field '" + name + "'; known fields: " + ROW_FIELDS);
            }
        }
        for (String field : List.of("key", "kind", "country", "instrument")) {
            if (row.has(field) && !row.get(field).isTextual()) {
                parser.add(field, field + " must be a string");
            }
        }
        RowKind parsed = null;
        try {
            parsed = RowHeads.check(key, kind);
        } catch (InvalidRequestException e) {
            e.problems().forEach(problem -> parser.add(problem.field(), problem.message()));
        }
        if (!row.path("body").isObject()) {
            parser.add("body", "body is required: the body of the single write of this kind");
        }
        if (parsed != null && !parsed.namesParticipation()) {
            for (String field : List.of("country", "instrument")) {
                if (row.has(field)) {
                    parser.add(field, "only a correction or reservation row names " + field + " outside its body");
                }
            }
        }
        parser.throwIfInvalid();
        return parsed;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
