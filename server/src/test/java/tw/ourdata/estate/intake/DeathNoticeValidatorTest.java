package tw.ourdata.estate.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.ourdata.estate.common.FieldProblem;
import tw.ourdata.estate.intake.DeathNoticeRequest.Contact;
import tw.ourdata.estate.intake.DeathNoticeRequest.Decedent;
import tw.ourdata.estate.intake.DeathNoticeRequest.Guardian;
import tw.ourdata.estate.intake.DeathNoticeRequest.Heir;
import tw.ourdata.estate.support.TestIds;

class DeathNoticeValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final DeathNoticeValidator validator = new DeathNoticeValidator();

    private final String decedentId = TestIds.citizen(1);
    private final String spouseId = TestIds.citizen(2);
    private final String childId = TestIds.citizen(1);

    private Decedent decedent(String birth, String death) {
        return new Decedent(decedentId, "王大明", birth, death, "臺北市大安區", false);
    }

    private Heir spouse() {
        return new Heir(spouseId, "林美麗", "1952-07-19", "SPOUSE", null, null, null, new Contact("0912345678", "a@b.tw", null));
    }

    private DeathNoticeRequest notice(Decedent d, Heir... heirs) {
        return new DeathNoticeRequest("DR-1", "大安戶政", d, List.of(heirs));
    }

    private List<FieldProblem> problems(DeathNoticeRequest n) {
        return validator.validate(n, TODAY).problems();
    }

    @Test
    void aCompleteNoticeIsValidAndParsed() {
        DeathNoticeValidator.Result r = validator.validate(notice(decedent("1948-03-02", "2025-01-15"), spouse()), TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.notice().decedent().dateOfDeath()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(r.notice().members()).singleElement().satisfies(m -> {
            assertThat(m.relation()).isEqualTo(DeathNotice.Relation.SPOUSE);
            assertThat(m.predeceased()).isFalse();
        });
    }

    @Test
    void resident2021FormatIdsAreAccepted() {
        Heir resident = new Heir(TestIds.resident(8), "Anna Schmidt", "1960-01-01", "SPOUSE", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), resident))).isEmpty();
    }

    @Test
    void deathBeforeBirthAndDeathInTheFutureAreRefused() {
        assertThat(problems(notice(decedent("1948-03-02", "1940-01-01"), spouse())))
                .containsExactly(new FieldProblem("decedent.dateOfDeath", "is before the date of birth"));
        assertThat(problems(notice(decedent("1948-03-02", "2025-07-01"), spouse())))
                .containsExactly(new FieldProblem("decedent.dateOfDeath", "is in the future"));
    }

    @Test
    void everyProblemIsNamedByItsField() {
        Heir badId = new Heir("A123456788", "甲", "1970-01-01", "CHILD", null, null, null, null);
        Heir unknownRelation = new Heir(TestIds.citizen(1), "乙", "1970-13-01", "COUSIN", null, null, null, null);
        List<FieldProblem> problems = problems(new DeathNoticeRequest("DR 1", "", decedent("1948-03-02", "2025-01-15"),
                List.of(badId, unknownRelation)));
        assertThat(problems).containsExactly(
                new FieldProblem("registrationNumber", "must be 1 to 40 letters, digits or hyphens"),
                new FieldProblem("registrationOffice", "is required"),
                new FieldProblem("heirs[0].nationalId", "checksum does not match: please check every digit"),
                new FieldProblem("heirs[1].birthDate", "must be a date as YYYY-MM-DD"),
                new FieldProblem("heirs[1].relation",
                        "unknown relation 'COUSIN': one of SPOUSE, CHILD, GRANDCHILD, PARENT, SIBLING, GRANDPARENT"));
    }

    @Test
    void aMinorNeedsAGuardian() {
        Heir minor = new Heir(childId, "王小明", "2010-05-01", "CHILD", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), spouse(), minor)))
                .containsExactly(new FieldProblem("heirs[1].guardian", "is required for an heir under 18"));
        Heir withGuardian = new Heir(childId, "王小明", "2010-05-01", "CHILD", null, null, new Guardian(spouseId, "林美麗"), null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), spouse(), withGuardian))).isEmpty();
    }

    @Test
    void theDayOfTheEighteenthBirthdayMakesAnAdult() {
        Heir turnsEighteenToday = new Heir(childId, "王小明", "2007-06-30", "CHILD", null, null, null, null);
        Heir turnsEighteenTomorrow = new Heir(TestIds.citizen(2), "王小美", "2007-07-01", "CHILD", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), turnsEighteenToday, turnsEighteenTomorrow)))
                .containsExactly(new FieldProblem("heirs[1].guardian", "is required for an heir under 18"));
    }

    @Test
    void theSamePersonTwiceIsADuplicateHeir() {
        Heir child = new Heir(childId, "王一", "1970-01-01", "CHILD", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), child, spouse(), child)))
                .containsExactly(new FieldProblem("heirs[2].nationalId", "duplicate heir: the same person as heirs[0]"));
    }

    @Test
    void theDecedentIsNotTheirOwnHeir() {
        Heir self = new Heir(decedentId, "王大明", "1948-03-02", "CHILD", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), self)))
                .containsExactly(new FieldProblem("heirs[0].nationalId", "is the decedent's own national ID"));
    }

    @Test
    void aGrandchildRepresentsAChildWhoDiedBeforeTheDecedent() {
        Heir predeceasedChild = new Heir(childId, "王一", "1970-01-01", "CHILD", "2020-02-02", null, null, null);
        Heir grandchild = new Heir(TestIds.citizen(2), "王孫", "1995-01-01", "GRANDCHILD", null, childId, null, null);
        DeathNoticeValidator.Result ok = validator.validate(notice(decedent("1948-03-02", "2025-01-15"), grandchild, predeceasedChild), TODAY);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.notice().members().get(1).predeceased()).isTrue();
        assertThat(ok.notice().members().get(0).representsNationalId()).isEqualTo(childId);
    }

    @Test
    void aRepresentativeWhoseRepresentedPersonIsMissingIsRefused() {
        Heir grandchild = new Heir(TestIds.citizen(2), "王孫", "1995-01-01", "GRANDCHILD", null, childId, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), grandchild))).containsExactly(new FieldProblem(
                "heirs[0].representsNationalId",
                "the represented person is missing: no child with this national ID who died before the decedent is listed"));
        Heir livingChild = new Heir(childId, "王一", "1970-01-01", "CHILD", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), livingChild, grandchild)))
                .extracting(FieldProblem::field).containsExactly("heirs[1].representsNationalId");
    }

    @Test
    void onlyAChildWhoDiedBeforeTheDecedentIsListedWithADateOfDeath() {
        Heir diedAfter = new Heir(childId, "王一", "1970-01-01", "CHILD", "2025-03-01", null, null, null);
        Heir deadSpouse = new Heir(spouseId, "林美麗", "1952-07-19", "SPOUSE", "2020-01-01", null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), diedAfter, deadSpouse))).containsExactly(
                new FieldProblem("heirs[0].dateOfDeath",
                        "must be before the decedent's death: a child who outlived the decedent is an heir"),
                new FieldProblem("heirs[1].dateOfDeath", "only a child who died before the decedent is listed with a date of death"));
    }

    @Test
    void atMostOneSpouse() {
        Heir second = new Heir(TestIds.citizen(2), "陳", "1960-01-01", "SPOUSE", null, null, null, null);
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), spouse(), second)))
                .containsExactly(new FieldProblem("heirs[1].relation", "a decedent has at most one spouse"));
    }

    @Test
    void aNoticeWithoutDecedentOrHeirsSaysSo() {
        assertThat(problems(new DeathNoticeRequest("DR-1", "大安戶政", null, List.of()))).containsExactly(
                new FieldProblem("decedent", "is required"),
                new FieldProblem("heirs", "at least one person of the succession table is required"));
    }

    @Test
    void tooManyHeirsIsRefusedBeforeLookingAtEach() {
        List<Heir> many = new ArrayList<>();
        for (int i = 0; i <= DeathNoticeValidator.MAX_HEIRS; i++) {
            many.add(spouse());
        }
        assertThat(problems(new DeathNoticeRequest("DR-1", "大安戶政", decedent("1948-03-02", "2025-01-15"), many)))
                .containsExactly(new FieldProblem("heirs", "more than 200 entries"));
    }

    @Test
    void contactDetailsAreChecked() {
        Heir h = new Heir(spouseId, "林美麗", "1952-07-19", "SPOUSE", null, null, null, new Contact("call me", "not-mail", null));
        assertThat(problems(notice(decedent("1948-03-02", "2025-01-15"), h))).containsExactly(
                new FieldProblem("heirs[0].contact.email", "is not an e-mail address"),
                new FieldProblem("heirs[0].contact.phone", "is not a phone number"));
    }
}
