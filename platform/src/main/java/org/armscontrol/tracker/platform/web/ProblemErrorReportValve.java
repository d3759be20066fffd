package org.armscontrol.tracker.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.armscontrol.tracker.platform.security.TrackerSecurityAutoConfiguration;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own answer to what never reaches the application (an over-long request header, a request line it cannot
 * parse) as an RFC 7807 problem instead of its HTML page, with the Content-Security-Policy of every answer. Errors the application answers itself carry their body
 * already and are left alone, as Tomcat's valve leaves them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        ProblemType type = status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.INVALID_REQUEST;
        // Only constants: nothing of the request is echoed, so no escaping is needed.
        String json = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail(status) + "\",\"field\":\"request\"}";
        try {
            // Spring Security's header filter never ran for this request: the headers of every other answer.
            response.setHeader("Content-Security-Policy", TrackerSecurityAutoConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone, or the response cannot be written: nothing more to tell it.
        }
    }

    private static String detail(int status) {
        return status == 400
                ? "The request could not be read: its request line or headers are malformed or too large"
                : "The request could not be handled";
    }
}
