package tw.ourdata.estate.security;

import java.util.UUID;

/** A machine client authenticated by its bearer API key. */
public record ApiClient(UUID id, Kind kind, String name, String institutionCode) {

    public enum Kind { REGISTRATION_OFFICE, INSTITUTION, TREASURY }

    /** The Spring Security authority that API rules check, e.g. {@code ROLE_REGISTRATION_OFFICE}. */
    public String authority() {
        return "ROLE_" + kind.name();
    }
}
