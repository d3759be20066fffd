package org.armscontrol.tracker.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.nio.charset.CharacterCodingException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers every failed request with an RFC 7807 problem body that names what was wrong. Errors of the domain
 * (rules, versions) are mapped by the command side's own handler, which takes precedence; this one covers the
 * HTTP layer and anything unexpected, which is logged and answered 500 without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
        return respond(Problems.forFields(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, e.problems()));
    }

    @ExceptionHandler(InvalidValueException.class)
    public ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e) {
        return respond(Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                e.property().orElse("request"), e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> parameterMismatch(MethodArgumentTypeMismatchException e) {
        return respond(Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, e.getName(),
                e.getName() + " has an invalid value: " + e.getValue()));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR,
                "The request failed unexpectedly; nothing was recorded unless a later read shows it. "
                        + "Quote the correlation id when reporting this."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException e,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return body(unreadable(e));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(@NonNull HttpMediaTypeNotSupportedException e,
                                                                     @NonNull HttpHeaders headers,
                                                                     @NonNull HttpStatusCode status,
                                                                     @NonNull WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString)
                .collect(Collectors.joining(", "));
        return body(Problems.forField(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type", "Content-Type " + e.getContentType() + " is not supported; send " + supported));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return body(Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, e.getParameterName(),
                "parameter " + e.getParameterName() + " is required"));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            @NonNull org.springframework.web.bind.ServletRequestBindingException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return body(Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                    missing.getHeaderName(), "header " + missing.getHeaderName() + " is required"));
        }
        return body(Problems.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, e.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(@NonNull NoResourceFoundException e,
                                                                    @NonNull HttpHeaders headers,
                                                                    @NonNull HttpStatusCode status,
                                                                    @NonNull WebRequest request) {
        return body(Problems.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                "No resource at /" + e.getResourcePath()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            @NonNull HttpRequestMethodNotSupportedException e, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemType.METHOD_NOT_ALLOWED,
                "Method " + e.getMethod() + " is not allowed here; allowed: " + headers.getAllow());
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(@NonNull Exception e, Object body,
                                                             @NonNull HttpHeaders headers,
                                                             @NonNull HttpStatusCode status,
                                                             @NonNull WebRequest request) {
        // Every other Spring MVC exception keeps its status but gets our problem shape.
        if (body instanceof ProblemDetail detail && detail.getType().toString().startsWith("urn:position-tracker")) {
            return ResponseEntity.status(status).headers(headers).body(body);
        }
        ProblemType type = status.value() == 404 ? ProblemType.NOT_FOUND
                : status.value() == 413 ? ProblemType.PAYLOAD_TOO_LARGE
                : status.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_REQUEST;
        // An ErrorResponse (ResponseStatusException...) comes without a body: its detail is the reason it was given,
        // where getMessage() would prefix the status ("404 NOT_FOUND \"...\"").
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail()
                : e instanceof org.springframework.web.ErrorResponse error && error.getBody().getDetail() != null
                ? error.getBody().getDetail() : e.getMessage();
        return ResponseEntity.status(status).headers(headers).body(Problems.of(status, type, detail));
    }

    /**
     * Explains why a body could not be read, naming the field where Jackson knows it. Public for bodies read outside
     * Spring MVC's converters (the rows of a bulk import), so that they are explained the same way.
     */
    public static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return Problems.forField(HttpStatus.PAYLOAD_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE, "body",
                        tooLarge.getMessage());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                        "the request body is not valid UTF-8");
            }
            // Jackson has no type of its own for this (STRICT_DUPLICATE_DETECTION); its parser knows where it is.
            if (t instanceof JsonParseException jpe && jpe.getOriginalMessage().startsWith("Duplicate field")
                    && jpe.getProcessor() != null) {
                String field = path(jpe.getProcessor().getParsingContext());
                return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, field,
                        field + " is given more than once");
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidValueException ive) {
            String field = path(vie);
            String full = ive.property().filter(p -> !field.endsWith(p)).map(p -> field + "." + p).orElse(field);
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, full, ive.getMessage());
        }
        if (cause instanceof UnrecognizedPropertyException upe) {
            String field = path(upe);
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, field,
                    "unknown field '" + upe.getPropertyName() + "'; known fields: " + upe.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException ife && !ife.getPath().isEmpty()) {
            String field = path(ife);
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, field,
                    field + " must be " + expected(ife.getTargetType()) + "; " + given(ife.getValue()));
        }
        if (cause instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = path(mie);
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, field,
                    mie.getTargetType() == null ? field + " has the wrong JSON type"
                            : field + " must be " + expected(mie.getTargetType()) + "; " + given(mie));
        }
        String message = cause instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : null;
        if (message != null && message.contains("UTF-8")) {
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                    "the request body is not valid UTF-8");
        }
        // Syntax errors say where; other mapping errors are not echoed, since Jackson's messages name Java types.
        if (cause instanceof JsonParseException jpe && jpe.getLocation() != null) {
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                    "the request body is not valid JSON (line " + jpe.getLocation().getLineNr() + ", column "
                            + jpe.getLocation().getColumnNr() + "): " + jpe.getOriginalMessage());
        }
        if (cause instanceof JsonMappingException jme) {
            String field = path(jme);
            return field.equals("body")
                    ? Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                    "the request body must be a JSON object with the fields this request takes (see /v3/api-docs)")
                    : Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, field,
                    field + " has a value of the wrong form");
        }
        if (cause == null && e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                    "the request body is missing");
        }
        return Problems.forField(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_BODY, "body",
                "the request body cannot be read as JSON");
    }

    /** A parser's position as a field path ({@code source.citation}, {@code instruments[0]}). */
    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                parts.push(at.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * What a field takes, as a clerk who typed "unknown" in a quantity needs to hear it: a whole number where the
     * type is integral, and, where it may be null (a boxed number), that it may be left out.
     */
    private static String expected(Class<?> type) {
        if (isIntegral(type)) {
            return "a whole number" + (type.isPrimitive() ? "" : ", or left out when not known");
        }
        if (Number.class.isAssignableFrom(type) && !type.isPrimitive()) {
            return "a number, or left out when not known";
        }
        return jsonTypeOf(type);
    }

    private static final Set<Class<?>> INTEGRAL_TYPES = Set.of(Long.class, Integer.class, Short.class, Byte.class,
            long.class, int.class, short.class, byte.class, BigInteger.class);

    private static boolean isIntegral(Class<?> type) {
        return INTEGRAL_TYPES.contains(type);
    }

    /** Jackson's words for a coercion refused: {@code Cannot coerce String value ("unknown") to `java.lang.Long` ...}. */
    private static final Pattern REFUSED_COERCION =
            Pattern.compile("^Cannot coerce [\\w-]+ value \\((.*?)\\) to ", Pattern.DOTALL);

    /**
     * The value a mismatch is about (a string where a number belongs: coercion is off, so the value was never
     * converted). The parser is closed by then; the value is in Jackson's message, which is not echoed as such
     * since it names Java types.
     */
    private static String given(MismatchedInputException e) {
        Matcher refused = REFUSED_COERCION.matcher(String.valueOf(e.getOriginalMessage()));
        if (refused.find()) {
            String value = refused.group(1);
            if (value.matches("-?[0-9][0-9.eE+-]*")) {
                return value + " is not one";
            }
            return given(value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value);
        }
        return given((Object) null);
    }

    /** The value sent, echoed safely ("unknown" is not a number), or only its kind. */
    private static String given(Object value) {
        if (value instanceof String text) {
            return TextRules.echo(text) + " is not one";
        }
        if (value != null) {
            return value + " is not one";
        }
        return "the value sent is not one";
    }

    private static String jsonTypeOf(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or instant";
        }
        return "an object";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
