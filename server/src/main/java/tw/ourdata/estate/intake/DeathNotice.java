package tw.ourdata.estate.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated death-registration notice: one decedent and the succession table (繼承系統表).
 * Only {@link DeathNoticeValidator} makes one, so holding one means the checks passed.
 */
public record DeathNotice(String registrationNumber, String registrationOffice, Decedent decedent, List<Member> members) {

    public record Decedent(String nationalId, String name, LocalDate birthDate, LocalDate dateOfDeath, String address,
                           boolean diedInLineOfDuty) {
    }

    /**
     * A person of the succession table. A child who died before the decedent is listed (with
     * {@code dateOfDeath}) but is not an heir; a grandchild who inherits in their place names them
     * in {@code representsNationalId}.
     */
    public record Member(String nationalId, String name, LocalDate birthDate, Relation relation, LocalDate dateOfDeath,
                         String representsNationalId, Guardian guardian, Contact contact) {

        public boolean predeceased() {
            return dateOfDeath != null;
        }
    }

    public record Guardian(String nationalId, String name) {
    }

    public record Contact(String phone, String email, String address) {
    }

    public enum Relation { SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, GRANDPARENT }
}
