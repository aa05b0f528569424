package tw.ourdata.estate.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deceased person (被繼承人) as named on every estate document.
 *
 * @param name        full name as registered
 * @param nationalId  national identification number (身分證統一編號)
 * @param dateOfDeath date of death; the estate is valued at this date
 * @param lastAddress last registered household address (最後住所)
 */
public record Decedent(String name, String nationalId, LocalDate dateOfDeath, String lastAddress) {
    public Decedent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(dateOfDeath, "dateOfDeath");
        Objects.requireNonNull(lastAddress, "lastAddress");
    }
}
