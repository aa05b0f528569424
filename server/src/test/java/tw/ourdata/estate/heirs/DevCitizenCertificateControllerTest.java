package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.common.ApiException;

class DevCitizenCertificateControllerTest {

    @Test
    void outsideDemoModeThereIsNoCitizenCertificateEndpoint() {
        DevCitizenCertificateController production = new DevCitizenCertificateController(Optional.empty(), Clock.systemUTC());
        assertThatThrownBy(() -> production.issue(new DevCitizenCertificateController.Request("A123456789", "王小明")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }
}
