package tw.ourdata.estate.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Tax officers and administrators are engine users (the same identities Tasklist and Cockpit
 * use), so one password works everywhere. Their engine groups become authorities:
 * {@code tax-officers} → ROLE_OFFICER, {@code camunda-admin} → ROLE_ADMIN.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    public static final String OFFICERS_GROUP = "tax-officers";
    public static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;

    public EngineIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (user == null || user.isBlank() || !identityService.checkPassword(user, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        Set<String> groups = Set.copyOf(identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        groups.forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
        if (groups.contains(OFFICERS_GROUP)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_OFFICER"));
        }
        if (groups.contains(ADMIN_GROUP)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        }
        return new UsernamePasswordAuthenticationToken(new EngineUser(user, groups), null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** An authenticated engine user and their engine groups. */
    public record EngineUser(String id, Set<String> groups) {
        @Override
        public String toString() {
            return id;
        }
    }
}
