package tw.ourdata.estate.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.common.NationalId;

/**
 * Checks a notice the way a clerk would before opening a case, and names every problem at once
 * so the registration office can correct the notice in one go.
 *
 * <p>Plain Java: "today" is given by the caller, so the rules are testable on any day.
 */
public final class DeathNoticeValidator {

    /** Civil Code 12 (as amended in 2023): majority at 18. */
    static final int AGE_OF_MAJORITY = 18;
    static final int MAX_HEIRS = 200;

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");

    /** The outcome: either a notice, or the problems. */
    public record Result(DeathNotice notice, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Result validate(DeathNoticeRequest request, LocalDate today) {
        Problems p = new Problems();
        if (request == null) {
            p.add("", "a notice is required");
            return new Result(null, p.list);
        }
        String registrationNumber = request.registrationNumber();
        if (isBlank(registrationNumber)) {
            p.add("registrationNumber", "is required");
        } else if (!REGISTRATION_NUMBER.matcher(registrationNumber).matches()) {
            p.add("registrationNumber", "must be 1 to 40 letters, digits or hyphens");
        }
        text(p, "registrationOffice", request.registrationOffice(), true, 200);

        DeathNotice.Decedent decedent = decedent(p, request.decedent(), today);
        List<DeathNotice.Member> members = members(p, request.heirs(), decedent, today);

        if (!p.list.isEmpty()) {
            return new Result(null, p.list);
        }
        return new Result(new DeathNotice(registrationNumber, request.registrationOffice().strip(), decedent, members), List.of());
    }

    private DeathNotice.Decedent decedent(Problems p, DeathNoticeRequest.Decedent d, LocalDate today) {
        if (d == null) {
            p.add("decedent", "is required");
            return null;
        }
        nationalId(p, "decedent.nationalId", d.nationalId());
        text(p, "decedent.name", d.name(), true, 100);
        text(p, "decedent.address", d.address(), false, 300);
        LocalDate birth = date(p, "decedent.birthDate", d.birthDate(), true);
        LocalDate death = date(p, "decedent.dateOfDeath", d.dateOfDeath(), true);
        if (birth != null && birth.isAfter(today)) {
            p.add("decedent.birthDate", "is in the future");
        }
        if (death != null && death.isAfter(today)) {
            p.add("decedent.dateOfDeath", "is in the future");
        }
        if (birth != null && death != null && death.isBefore(birth)) {
            p.add("decedent.dateOfDeath", "is before the date of birth");
        }
        return new DeathNotice.Decedent(d.nationalId(), strip(d.name()), birth, death, strip(d.address()),
                Boolean.TRUE.equals(d.diedInLineOfDuty()));
    }

    private List<DeathNotice.Member> members(Problems p, List<DeathNoticeRequest.Heir> heirs, DeathNotice.Decedent decedent,
                                             LocalDate today) {
        if (heirs == null || heirs.isEmpty()) {
            p.add("heirs", "at least one person of the succession table is required");
            return List.of();
        }
        if (heirs.size() > MAX_HEIRS) {
            p.add("heirs", "more than " + MAX_HEIRS + " entries");
            return List.of();
        }
        List<DeathNotice.Member> members = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> predeceasedChildren = new HashSet<>();
        int spouses = 0;
        for (int i = 0; i < heirs.size(); i++) {
            DeathNoticeRequest.Heir h = heirs.get(i);
            String at = "heirs[" + i + "]";
            if (h == null) {
                p.add(at, "is empty");
                continue;
            }
            if (nationalId(p, at + ".nationalId", h.nationalId())) {
                if (decedent != null && h.nationalId().equals(decedent.nationalId())) {
                    p.add(at + ".nationalId", "is the decedent's own national ID");
                } else if (seen.putIfAbsent(h.nationalId(), i) != null) {
                    p.add(at + ".nationalId", "duplicate heir: the same person as heirs[" + seen.get(h.nationalId()) + "]");
                }
            }
            text(p, at + ".name", h.name(), true, 100);
            LocalDate birth = date(p, at + ".birthDate", h.birthDate(), true);
            if (birth != null && birth.isAfter(today)) {
                p.add(at + ".birthDate", "is in the future");
            }
            DeathNotice.Relation relation = relation(p, at + ".relation", h.relation());
            if (relation == DeathNotice.Relation.SPOUSE && ++spouses > 1) {
                p.add(at + ".relation", "a decedent has at most one spouse");
            }

            LocalDate death = date(p, at + ".dateOfDeath", h.dateOfDeath(), false);
            if (death != null) {
                if (relation != null && relation != DeathNotice.Relation.CHILD) {
                    p.add(at + ".dateOfDeath", "only a child who died before the decedent is listed with a date of death");
                } else if (decedent != null && decedent.dateOfDeath() != null && !death.isBefore(decedent.dateOfDeath())) {
                    p.add(at + ".dateOfDeath", "must be before the decedent's death: a child who outlived the decedent is an heir");
                } else if (birth != null && death.isBefore(birth)) {
                    p.add(at + ".dateOfDeath", "is before the date of birth");
                } else if (relation == DeathNotice.Relation.CHILD && h.nationalId() != null) {
                    predeceasedChildren.add(h.nationalId());
                }
            }

            boolean predeceased = death != null;
            boolean minor = birth != null && birth.plusYears(AGE_OF_MAJORITY).isAfter(today);
            DeathNotice.Guardian guardian = null;
            if (h.guardian() != null) {
                nationalId(p, at + ".guardian.nationalId", h.guardian().nationalId());
                text(p, at + ".guardian.name", h.guardian().name(), true, 100);
                guardian = new DeathNotice.Guardian(h.guardian().nationalId(), strip(h.guardian().name()));
            } else if (minor && !predeceased) {
                p.add(at + ".guardian", "is required for an heir under " + AGE_OF_MAJORITY);
            }
            DeathNotice.Contact contact = contact(p, at + ".contact", h.contact());
            members.add(new DeathNotice.Member(h.nationalId(), strip(h.name()), birth, relation, death,
                    blankToNull(h.representsNationalId()), guardian, contact));
        }
        // Representation is checked once every entry is known: the represented child may come later.
        for (int i = 0; i < heirs.size(); i++) {
            DeathNoticeRequest.Heir h = heirs.get(i);
            if (h == null || isBlank(h.representsNationalId())) {
                continue;
            }
            String at = "heirs[" + i + "].representsNationalId";
            if (!"GRANDCHILD".equals(h.relation())) {
                p.add(at, "only a grandchild inherits in place of a predeceased child");
            } else if (!predeceasedChildren.contains(h.representsNationalId())) {
                p.add(at, "the represented person is missing: no child with this national ID who died before the decedent is listed");
            }
        }
        return members;
    }

    private DeathNotice.Contact contact(Problems p, String at, DeathNoticeRequest.Contact c) {
        if (c == null) {
            return null;
        }
        if (!isBlank(c.email()) && (c.email().length() > 200 || !EMAIL.matcher(c.email().strip()).matches())) {
            p.add(at + ".email", "is not an e-mail address");
        }
        if (!isBlank(c.phone()) && !PHONE.matcher(c.phone().strip()).matches()) {
            p.add(at + ".phone", "is not a phone number");
        }
        text(p, at + ".address", c.address(), false, 300);
        return new DeathNotice.Contact(strip(c.phone()), strip(c.email()), strip(c.address()));
    }

    private static DeathNotice.Relation relation(Problems p, String at, String value) {
        if (isBlank(value)) {
            p.add(at, "is required");
            return null;
        }
        try {
            return DeathNotice.Relation.valueOf(value);
        } catch (IllegalArgumentException e) {
            p.add(at, "unknown relation '" + value + "': one of SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, GRANDPARENT");
            return null;
        }
    }

    private static boolean nationalId(Problems p, String at, String id) {
        String problem = NationalId.problem(id);
        if (problem != null) {
            p.add(at, problem);
            return false;
        }
        return true;
    }

    private static LocalDate date(Problems p, String at, String value, boolean required) {
        if (isBlank(value)) {
            if (required) {
                p.add(at, "is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            p.add(at, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static void text(Problems p, String at, String value, boolean required, int max) {
        if (isBlank(value)) {
            if (required) {
                p.add(at, "is required");
            }
        } else if (value.strip().length() > max) {
            p.add(at, "is longer than " + max + " characters");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static final class Problems {
        final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldProblem(field, message));
        }
    }
}
