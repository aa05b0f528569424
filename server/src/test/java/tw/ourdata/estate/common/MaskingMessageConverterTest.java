package tw.ourdata.estate.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import tw.ourdata.estate.support.IntegrationTest;

/** Runs in the server's context, so the logging configuration is the one the server uses. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MaskingMessageConverterTest {

    @Test
    void masksEveryNationalIdShape() {
        assertThat(MaskingMessageConverter.mask("heir A123456789 and resident F800000011 and AC01234567"))
                .isEqualTo("heir A12****789 and resident F80****011 and AC0****567");
        assertThat(MaskingMessageConverter.mask("order DR-2025-000123, amount 1234567890")).isEqualTo("order DR-2025-000123, amount 1234567890");
        assertThat(MaskingMessageConverter.mask("XA123456789Y")).as("part of a longer token").isEqualTo("XA123456789Y");
    }

    @Test
    void theConfiguredLogNeverPrintsOneInClear(CapturedOutput output) {
        LoggerFactory.getLogger("test").warn("could not reach heir {}", "B287654321");
        assertThat(output.getOut() + output.getErr()).contains("B28****321").doesNotContain("B287654321");
    }
}
