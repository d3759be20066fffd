package org.armscontrol.tracker.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.armscontrol.tracker.platform.web.CorrelationIdFilter;
import org.armscontrol.tracker.platform.web.FieldParser;
import org.armscontrol.tracker.shared.value.InvalidValueException;
import org.armscontrol.tracker.shared.value.Recorder;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.security.Principal;
import java.util.regex.Pattern;

/**
 * Reads a {@link WriteRequest}: the recorder is the signed-in user (never anything the client says about itself),
 * then the headers {@code If-Match} (a version, bare or quoted as an ETag), {@code Idempotency-Key} (1-255 visible
 * ASCII characters) and the correlation id.
 */
public class WriteRequestResolver implements HandlerMethodArgumentResolver {

    public static final String IF_MATCH = "If-Match";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VERSION = Pattern.compile("(W/)?\"?(\\d{1,18})\"?");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return WriteRequest.class.equals(parameter.getParameterType());
    }

    @Override
    public WriteRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        FieldParser parser = new FieldParser();
        Recorder recorder = recorder(request.getUserPrincipal());
        Long expectedVersion = parser.optional(IF_MATCH, request.getHeader(IF_MATCH),
                () -> version(request.getHeader(IF_MATCH)));
        String key = parser.optional(IDEMPOTENCY_KEY, request.getHeader(IDEMPOTENCY_KEY),
                () -> idempotencyKey(request.getHeader(IDEMPOTENCY_KEY)));
        parser.throwIfInvalid();
        return new WriteRequest(recorder, CorrelationIdFilter.of(request), key, expectedVersion,
                request.getMethod(), request.getRequestURI());
    }

    private static Recorder recorder(Principal principal) {
        if (principal == null || principal.getName() == null) {
            // The security rules let no write through unauthenticated; this would be a misconfiguration.
            throw new IllegalStateException("a write reached the application without a signed-in user");
        }
        return Recorder.of(principal.getName());
    }

    private static Long version(String header) {
        var matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new InvalidValueException("If-Match must give the version you last read, e.g. \"3\"");
        }
        return Long.valueOf(matcher.group(2));
    }

    private static String idempotencyKey(String header) {
        if (!KEY.matcher(header).matches()) {
            throw new InvalidValueException("Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        return header;
    }
}
