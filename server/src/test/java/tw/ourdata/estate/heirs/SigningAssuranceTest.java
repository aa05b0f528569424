package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import tw.ourdata.estate.common.DeploymentMode;

class SigningAssuranceTest {

    @Test
    void aCertificateIsNeededOutsideDemoModeAndAOneTimeCodeSufficesInIt() {
        SigningAssurance real = SigningAssurance.of(new MockEnvironment(), new DeploymentMode(false, false));
        assertThat(real.allows(AssuranceLevel.ONE_TIME_CODE)).isFalse();
        assertThat(real.allows(AssuranceLevel.CERTIFICATE)).isTrue();
        assertThat(real.allows(null)).isFalse();

        SigningAssurance demo = SigningAssurance.of(new MockEnvironment(), new DeploymentMode(true, true));
        assertThat(demo.allows(AssuranceLevel.ONE_TIME_CODE)).isTrue();

        SigningAssurance strictDemo = SigningAssurance.of(
                new MockEnvironment().withProperty("ourdata.signing.required-assurance", "CERTIFICATE"), new DeploymentMode(true, true));
        assertThat(strictDemo.allows(AssuranceLevel.ONE_TIME_CODE)).isFalse();
    }
}
