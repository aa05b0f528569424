package tw.ourdata.estate.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machine clients by {@code Authorization: Bearer <api key>}. A request without a
 * bearer key passes through unauthenticated (public endpoints exist); a wrong key is simply not
 * an identity, and the authorization rules answer 401.
 */
class BearerApiKeyFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiClientRepository clients;

    BearerApiKeyFilter(ApiClientRepository clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String key = header.substring(PREFIX.length()).trim();
            if (!key.isEmpty() && key.length() <= 200) {
                clients.findByKey(key).ifPresent(client -> SecurityContextHolder.getContext().setAuthentication(
                        new UsernamePasswordAuthenticationToken(client, null, List.of(new SimpleGrantedAuthority(client.authority())))));
            }
        }
        chain.doFilter(request, response);
    }
}
