package tw.ourdata.estate.heirs;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is logged in to the portal: a person who verified as an heir, or as a minor heir's guardian.
 * Kept in the (database-backed) session. Its name, which Spring Session stores in clear as the
 * principal name, is the heir row it verified through — never the national ID.
 */
public record PortalPerson(String nationalId, String name, UUID verifiedAsHeirId, AssuranceLevel assurance)
        implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "heir:" + verifiedAsHeirId;
    }

    @Override
    public String toString() {
        return getName() + " (" + assurance + ")";
    }
}
