package tw.ourdata.estate.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tw.ourdata.estate.support.TestIds;

class NationalIdTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {
            "A123456789", // the textbook example
            "F131104093", // Ministry of the Interior sample
            "A800000014", // 2021-format resident certificate, second character 8
            "A900000016", // 2021-format resident certificate, second character 9
            "AC01234567", // pre-2021 resident certificate, second letter C
    })
    void acceptsValidNumbers(String id) {
        assertThat(NationalId.problem(id)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "A123456788|checksum does not match: please check every digit",
            "A800000015|checksum does not match: please check every digit",
            "a123456789|must start with an upper-case letter",
            "A12345678|must be 10 characters: a letter and nine digits (e.g. A123456789)",
            "A1234567890|must be 10 characters: a letter and nine digits (e.g. A123456789)",
            "A323456789|second character must be 1 or 2 (citizen), 8 or 9 (resident certificate), or A–D (older resident certificate)",
            "A12345678X|characters 3 to 10 must be digits",
            "A12345６789|characters 3 to 10 must be digits",
    })
    void namesTheProblem(String id, String expected) {
        assertThat(NationalId.problem(id)).isEqualTo(expected);
    }

    @Test
    void aMissingNumberIsRequired() {
        assertThat(NationalId.problem(null)).isEqualTo("is required");
        assertThat(NationalId.problem("  ")).isEqualTo("is required");
    }

    @Test
    void everyLetterOfTheTableWorks() {
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            String id = TestIds.withCheckDigit(letter + "12345678");
            assertThat(NationalId.isValid(id)).as(id).isTrue();
            char wrong = (char) ('0' + (id.charAt(9) - '0' + 1) % 10);
            assertThat(NationalId.isValid(id.substring(0, 9) + wrong)).as(id + " with a wrong check digit").isFalse();
        }
    }

    @Test
    void masksAllButTheEnds() {
        assertThat(NationalId.mask("A123456789")).isEqualTo("A12****789");
        assertThat(NationalId.mask(null)).isEqualTo("****");
    }
}
