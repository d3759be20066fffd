package org.armscontrol.tracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may do what. Every request but health, API docs and Swagger UI needs a signed-in user: by HTTP Basic with the
 * users of the configuration (bcrypt-hashed passwords), or, with {@code tracker.security.mode=jwt}, by a bearer
 * token of an OAuth2/OIDC identity provider whose roles claim names the tracker's roles. API clients authenticate
 * every request and get no session; with HTTP Basic, the web UI signs in once and keeps a session cookie (see
 * {@link BrowserSessions}). Refusals are RFC 7807 problems: 401 without (valid) credentials, 403 for a role that
 * does not allow the call.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({TrackerSecurityProperties.class, SignInThrottleProperties.class})
@EnableWebSecurity
@Import(SessionController.class)
public class TrackerSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TrackerSecurityAutoConfiguration.class);
    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"};

    /**
     * The web UI's pages load scripts, styles, images and data from the tracker only (no inline script or style
     * attribute, no eval), cannot be framed, and submit forms only to it: an injected tag runs nothing.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The sign-in of the mode in force, declared in the API document (Swagger UI's Authorize button). */
    @Bean
    public org.springdoc.core.customizers.OpenApiCustomizer apiDocumentSecurity(TrackerSecurityProperties properties) {
        return ApiDocumentSecurity.of(properties.mode());
    }

    /** The methods the firewall lets through (its defaults, named so that a refusal can tell them). */
    static final Set<String> ALLOWED_METHODS = new LinkedHashSet<>(List.of("GET", "HEAD", "POST", "PUT", "PATCH",
            "DELETE", "OPTIONS"));

    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(ALLOWED_METHODS);
        return firewall;
    }

    /**
     * What the firewall refuses (paths with {@code //}, {@code ;}, an encoded {@code /} or {@code \}...; other
     * methods): a problem, with the headers of every other answer.
     */
    @Bean
    public RequestRejectedHandler requestRejectedHandler(ObjectMapper mapper) {
        return ProblemResponses.rejected(mapper, ALLOWED_METHODS, new CompositeHeaderWriter(List.of(
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY), new XContentTypeOptionsHeaderWriter())));
    }

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, TrackerSecurityProperties properties,
                                           List<AuthorizationRules> rules, ObjectMapper mapper,
                                           ObjectProvider<SignInThrottle> throttle) throws Exception {
        boolean basic = properties.mode() == TrackerSecurityProperties.Mode.BASIC;
        var entryPoint = ProblemResponses.unauthenticated(mapper,
                basic ? "Basic realm=\"position-tracker\"" : "Bearer");
        http.requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.forbidden(mapper)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC).permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/api/session").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    rules.forEach(rule -> rule.configure(requests));
                    requests.anyRequest().authenticated();
                });
        if (basic) {
            // The web UI's sign-in keeps a session; a Basic request is authenticated for itself only, and must not
            // leave a session behind (else every curl call would open one). Hence the default session policy:
            // setting one adds a SessionManagementFilter, which stores any new authentication in a new session.
            BrowserSessions.configure(http, mapper);
            // Before the sign-in form's filter and HTTP Basic's: a refused name costs no bcrypt.
            throttle.ifAvailable(signIns -> http.addFilterBefore(new SignInThrottleFilter(signIns, mapper),
                    UsernamePasswordAuthenticationFilter.class));
            http.httpBasic(httpBasic -> httpBasic.realmName("position-tracker").authenticationEntryPoint(entryPoint)
                    .securityContextRepository(new RequestAttributeSecurityContextRepository()));
        } else {
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            TrackerSecurityProperties.Jwt claims = properties.jwt();
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                            roles(token.getClaims().get(claims.rolesClaim())),
                            token.hasClaim(claims.usernameClaim()) ? token.getClaimAsString(claims.usernameClaim())
                                    : token.getSubject()))));
        }
        return http.build();
    }

    /** Failed sign-ins refused for a while after too many (basic mode: names and passwords). */
    @Bean
    @ConditionalOnProperty(name = "tracker.security.mode", havingValue = "basic", matchIfMissing = true)
    public SignInThrottle signInThrottle(SignInThrottleProperties properties) {
        return new SignInThrottle(properties);
    }

    /** Passwords are bcrypt hashes, with or without the {@code {bcrypt}} prefix. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean
    @ConditionalOnProperty(name = "tracker.security.mode", havingValue = "basic", matchIfMissing = true)
    public UserDetailsService trackerUsers(TrackerSecurityProperties properties, ObjectProvider<TrackerUsers> more) {
        List<TrackerSecurityProperties.User> all = new ArrayList<>(properties.users());
        more.orderedStream().forEach(source -> all.addAll(source.users()));
        List<UserDetails> users = all.stream().map(TrackerSecurityAutoConfiguration::userDetails).toList();
        if (users.isEmpty()) {
            log.warn("No users are configured (tracker.security.users): nobody can sign in. See the README.");
        } else {
            log.info("Sign-in by HTTP Basic; users: {}", all.stream()
                    .map(user -> user.username() + " " + user.roles()).toList());
        }
        // Only the lookup is exposed: an InMemoryUserDetailsManager would also offer Spring Security to "upgrade"
        // every hash below its encoder's default cost at sign-in, silently replacing the configured hashes.
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    private static UserDetails userDetails(TrackerSecurityProperties.User user) {
        if (user.username() == null || user.username().isBlank()) {
            throw new IllegalStateException("tracker.security.users: a user has no username");
        }
        if (user.password() == null || !BCRYPT.matcher(user.password()).matches()) {
            throw new IllegalStateException("tracker.security.users: the password of " + user.username()
                    + " must be a bcrypt hash (e.g. from: htpasswd -bnBC 10 \"\" 'secret' | tr -d ':\\n')");
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            throw new IllegalStateException("tracker.security.users: " + user.username() + " has no roles");
        }
        String hash = user.password().startsWith("{bcrypt}") ? user.password() : "{bcrypt}" + user.password();
        return User.withUsername(user.username()).password(hash)
                .roles(user.roles().stream().map(Enum::name).toArray(String[]::new)).build();
    }

    /** The tracker's roles named in a token's roles claim; names that are not roles are ignored. */
    private static Collection<SimpleGrantedAuthority> roles(Object claim) {
        if (!(claim instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream().map(String::valueOf)
                .filter(name -> java.util.Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                .map(name -> new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
    }
}
