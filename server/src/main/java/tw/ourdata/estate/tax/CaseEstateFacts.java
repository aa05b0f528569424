package tw.ourdata.estate.tax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.ourdata.estate.common.Fraction;
import tw.ourdata.estate.succession.Heir;
import tw.ourdata.estate.succession.HeirRelation;

/**
 * The facts of a case's estate as the tax depends on them, read from the case: the decedent
 * from the notice, the heirs from the succession table (with renunciations), the assets and
 * debts from the institutions' answers.
 *
 * <p>Readings, documented because they are choices:
 * <ul>
 *   <li>An institution reports an asset's value at the date of death and the decedent's share of
 *       it; the estate holds value × share, rounded down to the NT$ (never over-taxed).</li>
 *   <li>A decedent whose death the household registration office notified had a household
 *       registration in Taiwan, so counts as resident (Art. 1); an officer can still correct facts.</li>
 *   <li>Liabilities of kind TAX are unpaid taxes (Art. 17(1)(8)); every other kind is a debt
 *       (Art. 17(1)(9)).</li>
 *   <li>Severe disability and dependants are not in the notice: they come from the heirs or the
 *       officer (an adjustment), not from a guess.</li>
 * </ul>
 */
@Component
public class CaseEstateFacts {

    private final JdbcClient jdbc;

    CaseEstateFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EstateFacts of(UUID caseId) {
        record Decedent(LocalDate dateOfDeath, boolean lineOfDuty) {
        }
        Decedent decedent = jdbc.sql("select date_of_death, died_in_line_of_duty from estate_case where id = :c")
                .param("c", caseId)
                .query((rs, n) -> new Decedent(rs.getDate(1).toLocalDate(), rs.getBoolean(2))).single();

        return new EstateFacts(decedent.dateOfDeath(), decedent.lineOfDuty(), true, assets(caseId), List.of(), List.of(),
                liabilities(caseId, false), liabilities(caseId, true), null, heirs(caseId), List.of());
    }

    private List<Asset> assets(UUID caseId) {
        return jdbc.sql("select kind, value, share from reported_asset where case_id = :c order by institution_code, position")
                .param("c", caseId)
                .query((rs, n) -> new Asset(AssetKind.valueOf(rs.getString("kind")),
                        Fraction.parse(rs.getString("share")).ofAmountRoundedDown(rs.getLong("value")), false))
                .list();
    }

    private Long liabilities(UUID caseId, boolean taxes) {
        return jdbc.sql("select coalesce(sum(amount), 0) from reported_liability where case_id = :c and (kind = 'TAX') = :taxes")
                .param("c", caseId).param("taxes", taxes).query(Long.class).single();
    }

    private List<Heir> heirs(UUID caseId) {
        record Row(String nationalId, HeirRelation relation, LocalDate birthDate, boolean renounced, boolean predeceased,
                   String represents) {
        }
        List<Row> rows = jdbc.sql("""
                        select national_id, relation, birth_date, onboarding_status = 'RENOUNCED' as renounced,
                               date_of_death is not null as predeceased, represents_national_id
                        from heir where case_id = :c order by position
                        """)
                .param("c", caseId)
                .query((rs, n) -> new Row(rs.getString(1), HeirRelation.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
                        rs.getBoolean(4), rs.getBoolean(5), rs.getString(6)))
                .list();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).nationalId(), i);
        }
        List<Heir> heirs = new ArrayList<>();
        for (Row r : rows) {
            heirs.add(new Heir(r.relation(), r.birthDate(), r.renounced(), r.predeceased(),
                    r.represents() == null ? null : index.get(r.represents()), false));
        }
        return heirs;
    }
}
