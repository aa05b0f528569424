package tw.ourdata.estate.intake;

import java.util.List;

/**
 * A death-registration notice as the household registration office sends it, field for field.
 * Everything is a string here on purpose: a malformed date or an unknown relation must come back
 * as a field error the office can act on, not as an unreadable-body 400.
 */
public record DeathNoticeRequest(
        String registrationNumber,
        String registrationOffice,
        Decedent decedent,
        List<Heir> heirs) {

    public record Decedent(String nationalId, String name, String birthDate, String dateOfDeath, String address,
                           Boolean diedInLineOfDuty) {
    }

    public record Heir(String nationalId, String name, String birthDate, String relation, String dateOfDeath,
                       String representsNationalId, Guardian guardian, Contact contact) {
    }

    public record Guardian(String nationalId, String name) {
    }

    public record Contact(String phone, String email, String address) {
    }
}
