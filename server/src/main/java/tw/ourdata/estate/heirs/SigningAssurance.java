package tw.ourdata.estate.heirs;

import org.springframework.core.env.Environment;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * The least identity assurance that may sign ({@code ourdata.signing.required-assurance}): a
 * certificate, as DESIGN.md's security model requires; demo mode allows the one-time code so that
 * a newcomer can take a case to the signed agreement without a citizen certificate. One rule, used
 * by the portal's {@code maySign} and by the signing API alike.
 */
public record SigningAssurance(AssuranceLevel required) {

    public static SigningAssurance of(Environment env, DeploymentMode mode) {
        AssuranceLevel defaultLevel = mode.demo() ? AssuranceLevel.ONE_TIME_CODE : AssuranceLevel.CERTIFICATE;
        return new SigningAssurance(env.getProperty("ourdata.signing.required-assurance", AssuranceLevel.class, defaultLevel));
    }

    public boolean allows(AssuranceLevel level) {
        return level != null && level.compareTo(required) >= 0;
    }
}
