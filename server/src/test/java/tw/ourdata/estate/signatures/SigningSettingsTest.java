package tw.ourdata.estate.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;

import tw.ourdata.estate.common.ApiException;
import tw.ourdata.estate.common.DeploymentMode;
import tw.ourdata.estate.heirs.AssuranceLevel;
import tw.ourdata.estate.heirs.PortalPerson;

class SigningSettingsTest {

    private static final PortalPerson BY_CODE = new PortalPerson("A123456789", "王小明", UUID.randomUUID(),
            AssuranceLevel.ONE_TIME_CODE);
    private static final PortalPerson BY_CERTIFICATE = new PortalPerson("A123456789", "王小明", UUID.randomUUID(),
            AssuranceLevel.CERTIFICATE);

    @Test
    void outsideDemoModeOnlyACertificateLoginMaySign() {
        SigningSettings settings = SigningSettings.of(new MockEnvironment(), new DeploymentMode(false, false));
        assertThat(settings.requiredAssurance()).isEqualTo(AssuranceLevel.CERTIFICATE);
        assertThatThrownBy(() -> settings.requireAssurance(BY_CODE))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN))
                .hasMessageContaining("CERTIFICATE").hasMessageContaining("this session was verified by one-time code");
        settings.requireAssurance(BY_CERTIFICATE);
    }

    @Test
    void demoModeAcceptsTheOneTimeCodeUnlessConfiguredOtherwise() {
        SigningSettings demo = SigningSettings.of(new MockEnvironment(), new DeploymentMode(true, true));
        assertThat(demo.requiredAssurance()).isEqualTo(AssuranceLevel.ONE_TIME_CODE);
        demo.requireAssurance(BY_CODE);

        SigningSettings strictDemo = SigningSettings.of(new MockEnvironment()
                .withProperty("ourdata.signing.required-assurance", "CERTIFICATE"), new DeploymentMode(true, true));
        assertThatThrownBy(() -> strictDemo.requireAssurance(BY_CODE)).isInstanceOf(ApiException.class);
    }

    @Test
    void validitiesAreSettings() {
        SigningSettings settings = SigningSettings.of(new MockEnvironment()
                .withProperty("ourdata.signing.certificate-validity", "P30D")
                .withProperty("ourdata.signing.session-validity", "PT5M"), new DeploymentMode(false, false));
        assertThat(settings.certificateValidity()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.sessionValidity()).isEqualTo(Duration.ofMinutes(5));
        assertThat(SigningSettings.of(new MockEnvironment(), new DeploymentMode(false, false)).certificateValidity())
                .isEqualTo(Duration.ofDays(365));
    }
}
