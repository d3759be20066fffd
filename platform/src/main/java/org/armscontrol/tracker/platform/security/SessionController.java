package org.armscontrol.tracker.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: for the web UI before and after sign-in, and for any client checking its credentials. */
@RestController
@Tag(name = "Session")
public class SessionController {

    @GetMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The signed-in user, their roles, and the CSRF token a browser session's writes carry",
            description = "Answers authenticated=false rather than 401 when nobody is signed in. A browser signs in "
                    + "by posting username and password (form-encoded) to /api/session/sign-in with the "
                    + "X-CSRF-TOKEN header, and out by posting to /api/session/sign-out.")
    public SessionView session(Authentication authentication, HttpServletRequest request) {
        return SessionView.of(authentication, request);
    }
}
