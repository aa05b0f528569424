package tw.ourdata.estate.heirs;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Logs a verified person in to the portal: the session (Spring Session, in PostgreSQL) gets a new
 * id, so an id planted before the login is worthless, and holds the security context. The CSRF
 * token of the session carries over.
 */
final class PortalSessions {

    /** The authority every portal endpoint behind the login requires. */
    static final String HEIR_ROLE = "ROLE_HEIR";

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private PortalSessions() {
    }

    static void login(PortalPerson person, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(new SimpleGrantedAuthority(HEIR_ROLE), new SimpleGrantedAuthority("ASSURANCE_" + person.assurance()))));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }

    static void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
