package tw.ourdata.estate.signatures;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.heirs.AssuranceLevel;
import tw.ourdata.estate.heirs.SigningAssurance;
import tw.ourdata.estate.heirs.PortalPerson;

/**
 * The heirs' signing settings.
 *
 * @param requiredAssurance   the least identity assurance of the portal session that may get a signing certificate
 *                            and sign ({@code ourdata.signing.required-assurance}): CERTIFICATE (DESIGN.md, security
 *                            model: weaker methods may only view), except in demo mode, where the portal's demo logs
 *                            in with a one-time code and ONE_TIME_CODE is the default
 * @param certificateValidity how long an heir's signing certificate is valid ({@code ourdata.signing.certificate-validity})
 * @param sessionValidity     how long a prepared signature waits for the heir's signature
 *                            ({@code ourdata.signing.session-validity})
 */
public record SigningSettings(AssuranceLevel requiredAssurance, Duration certificateValidity, Duration sessionValidity) {

    public static SigningSettings of(Environment env, DeploymentMode mode) {
        return new SigningSettings(
                SigningAssurance.of(env, mode).required(),
                duration(env, "ourdata.signing.certificate-validity", Duration.ofDays(365)),
                duration(env, "ourdata.signing.session-validity", Duration.ofMinutes(15)));
    }

    /** ISO-8601 ({@code P365D}) or Spring's simple form ({@code 365d}). */
    private static Duration duration(Environment env, String key, Duration fallback) {
        String value = env.getProperty(key);
        return value == null || value.isBlank() ? fallback : DurationStyle.detectAndParse(value.strip());
    }

    /** 403 unless this login proved the identity strongly enough to sign. */
    public void requireAssurance(PortalPerson person) {
        if (person.assurance().compareTo(requiredAssurance) < 0) {
            throw ApiException.forbidden("Signing needs an identity verified by " + describe(requiredAssurance)
                    + "; this session was verified by " + describe(person.assurance())
                    + ". Log in again through your invitation with " + describe(requiredAssurance) + ".");
        }
    }

    private static String describe(AssuranceLevel level) {
        return switch (level) {
            case CERTIFICATE -> "certificate (CERTIFICATE: a challenge signed with your citizen digital certificate)";
            case ONE_TIME_CODE -> "one-time code (ONE_TIME_CODE)";
        };
    }
}
