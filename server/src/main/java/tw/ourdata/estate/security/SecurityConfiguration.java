package tw.ourdata.estate.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Every caller is authenticated, each actor kind with its own mechanism (DESIGN.md, "Security
 * model"): machine clients by bearer API key; officers and administrators by their engine
 * identity (HTTP Basic on the APIs, the webapps' own login in Cockpit and Tasklist).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

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

    /** Machine-facing APIs: stateless, bearer API keys; officers may also use HTTP Basic. */
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiClientRepository clients, IdentityService identityService) throws Exception {
        http.securityMatcher(path("/api/**"))
                .authenticationManager(new ProviderManager(new EngineIdentityAuthenticationProvider(identityService)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/death-notices").hasRole("REGISTRATION_OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/v1/estate-tax/estimate").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/trust/**").permitAll()
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
     * Everything else: the Camunda webapps authenticate with their own login and CSRF protection
     * (so Spring's CSRF would only break them); health and the document verification page are public;
     * the rest does not exist.
     */
    @Bean
    @Order(3)
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
        if (status == HttpStatus.UNAUTHORIZED) {
            res.setHeader("WWW-Authenticate", "Bearer");
        }
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
