package tw.ourdata.estate.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

import tw.ourdata.estate.simulator.SimulatorEnabled;

/**
 * Every caller is authenticated, each actor kind with its own mechanism (DESIGN.md, "Security
 * model"): machine clients by bearer API key; officers and administrators by their engine
 * identity (HTTP Basic on the APIs and on their case dossier pages, the webapps' own login in Cockpit and
 * Tasklist).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * The realm of the officers' credentials: the dossier pages ask for them under it, and the API's 401 offers it
     * next to Bearer, so that a browser that holds an officer's credentials for the pages sends them again for the
     * API's document downloads the pages link to, without asking twice.
     */
    static final String OFFICERS_REALM = "OurData Estate officers";

    /** The engine's REST API: engine identities of tax officers or administrators only. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, IdentityService identityService) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("OurData Estate engine");
        http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService)))
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole("OFFICER", "ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new EngineIdentityBindingFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The heirs' portal API: stateful. An heir or guardian logs in by verifying their identity
     * (one-time code or citizen certificate, reached through their invitation token); the session
     * is Spring Session's, in PostgreSQL. Every state-changing call needs the session's CSRF
     * token, which {@code GET /api/v1/portal/csrf} hands out (header {@code X-CSRF-TOKEN}).
     * Ordered before the machine chain, whose {@code /api/**} would otherwise take these paths.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/api/v1/portal/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path("/api/v1/portal/csrf"), path("/api/v1/portal/invitations/**")).permitAll()
                        .anyRequest().hasRole("HEIR"))
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(r -> r.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                                "Verify your identity through your invitation first."))
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN,
                                ex instanceof CsrfException
                                        ? "CSRF token missing or wrong: GET /api/v1/portal/csrf and send the token in its header."
                                        : "You may not do this.")));
        return http.build();
    }

    /** Machine-facing APIs: stateless, bearer API keys; officers may also use HTTP Basic. */
    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ApiClientRepository clients, IdentityService identityService) throws Exception {
        http.securityMatcher(path("/api/**"))
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/death-notices").hasRole("REGISTRATION_OFFICE")
                        // Which institution may answer which query is checked per query (403 otherwise).
                        .requestMatchers(HttpMethod.POST, "/api/v1/asset-queries/*/answer").hasRole("INSTITUTION")
                        // Likewise per transfer: only the institution instructed confirms it and gets its documents.
                        .requestMatchers(HttpMethod.POST, "/api/v1/transfers/*/confirmation").hasRole("INSTITUTION")
                        .requestMatchers(HttpMethod.GET, "/api/v1/transfers/*/documents/*").hasRole("INSTITUTION")
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/filing-deadline/extension").hasRole("OFFICER")
                        // The treasury alone confirms tax payments; officers may look at what it confirmed.
                        .requestMatchers(HttpMethod.POST, "/api/v1/cases/*/tax-payment").hasRole("TREASURY")
                        .requestMatchers(HttpMethod.GET, "/api/v1/cases/*/tax-payment").hasAnyRole("TREASURY", "OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/estate-tax/estimate").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/trust/**").permitAll()
                        // demo-only helpers (dev inbox, demo citizen certificates): 404 outside demo mode
                        .requestMatchers("/api/v1/dev/**").permitAll()
                        // Anyone holding a document may check it; rate-limited per address in the controller.
                        .requestMatchers(HttpMethod.POST, "/api/v1/documents/verify").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                        "Authentication required: a bearer API key, or an officer's credentials.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                                "Authentication required: a bearer API key, or an officer's credentials."))
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN,
                                "This client may not use this endpoint.")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerApiKeyFilter(clients), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new EngineIdentityBindingFilter(identityService), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The bundled institution simulator, in demo mode only (the bean does not exist otherwise, and
     * the last chain then refuses {@code /simulator/**}): it stands for institutions outside the
     * platform, which need no account here to receive a query.
     */
    @Bean
    @Order(4)
    @Conditional(SimulatorEnabled.class)
    SecurityFilterChain simulator(HttpSecurity http) throws Exception {
        http.securityMatcher(path("/simulator/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The heirs' portal pages and their own style and scripts, and the public estimate page. The pages are
     * public: they hold no personal data, their scripts read it from the portal API, which requires the
     * login. They share the portal's session (Spring Session, {@code /portal/**}) and its CSRF token, so
     * every state change they make goes through the API chain above with that token. Nothing is loaded from
     * elsewhere (the policy says so to the browser), and the invitation token in a page's address is never
     * sent on as a referrer.
     */
    @Bean
    @Order(5)
    SecurityFilterChain portalPageChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(path("/"), path("/portal/**"), path("/estimate"), path("/assets/**"),
                        path("/favicon.ico")))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(r -> r.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * The tax officers' case dossier pages ({@code /officers/**}): officers and administrators by their engine
     * identity, as on the APIs, by HTTP Basic (the browser asks once and keeps the credentials for the realm).
     * Read-only: any method but GET is refused, so there is nothing to forge and no CSRF token to keep. Stateless:
     * no session is made or read here, so an heir's portal session counts for nothing. The pages' headers are the
     * portal pages' own.
     */
    @Bean
    @Order(6)
    SecurityFilterChain officerPageChain(HttpSecurity http, IdentityService identityService) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(OFFICERS_REALM);
        http.securityMatcher(path("/officers/**"))
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET).hasAnyRole("OFFICER", "ADMIN")
                        .anyRequest().denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(SecurityConfiguration::pageHeaders);
        return http.build();
    }

    /**
     * The headers of every web page the server renders itself: nothing is loaded from elsewhere (the policy says so to
     * the browser), and an address (an invitation token, a case id) is never sent on as a referrer.
     */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(p -> p.policyDirectives("default-src 'none'; script-src 'self'; style-src 'self'; "
                        + "connect-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'self'; "
                        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    /**
     * Everything else: the Camunda webapps authenticate with their own login and CSRF protection
     * (so Spring's CSRF would only break them); health and the document verification page are public;
     * the rest does not exist.
     */
    @Bean
    @Order(10)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(path("/camunda/**"), path("/actuator/health"), path("/actuator/health/**"), path("/error"),
                                path("/v3/api-docs"), path("/v3/api-docs/**"), path("/swagger-ui.html"), path("/swagger-ui/**"),
                                // the public page for checking a signed document, and its own script and style
                                path("/verify"), path("/verify/"), path("/verify/**")).permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.ignoringRequestMatchers(path("/camunda/**")))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    /**
     * Paths are matched on the whole path, not as Spring MVC patterns: the engine's REST API and
     * the webapps are servlets and filters of their own, outside the DispatcherServlet.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static void problem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
        res.setStatus(status.value());
        res.setContentType("application/problem+json");
        if (status == HttpStatus.UNAUTHORIZED && !detail.startsWith("Verify")) {
            res.setHeader("WWW-Authenticate", "Bearer");
            res.addHeader("WWW-Authenticate", "Basic realm=\"" + OFFICERS_REALM + "\"");
        }
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
