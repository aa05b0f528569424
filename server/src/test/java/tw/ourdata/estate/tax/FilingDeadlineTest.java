package tw.ourdata.estate.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FilingDeadlineTest {

    private final FilingDeadline deadline = FilingDeadline.forDeathOn(LocalDate.of(2025, 1, 15));

    @Test
    void sixMonthsAfterTheDeathWithAReminderAMonthBefore() {
        assertThat(deadline.inForce()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(deadline.reminderOn()).isEqualTo(LocalDate.of(2025, 6, 15));
        // Month ends: a death on 31 August is due on 28/29 February.
        assertThat(FilingDeadline.forDeathOn(LocalDate.of(2024, 8, 31)).inForce()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void oneExtensionOfUpToThreeMonthsRequestedBeforeTheDeadline() {
        FilingDeadline extended = deadline.extend(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 15)).extended().orElseThrow();
        assertThat(extended.inForce()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(extended.reminderOn()).isEqualTo(LocalDate.of(2025, 9, 15));

        assertThat(extended.extend(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 10, 1)).refusal()).contains("already extended once");
        assertThat(deadline.extend(LocalDate.of(2025, 7, 16), LocalDate.of(2025, 9, 1)).refusal()).contains("before the deadline");
        assertThat(deadline.extend(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 10, 16)).refusal()).contains("at most three months");
        assertThat(deadline.extend(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10)).refusal()).contains("must be after");
    }
}
