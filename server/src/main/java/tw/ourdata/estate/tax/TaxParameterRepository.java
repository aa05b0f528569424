package tw.ourdata.estate.tax;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads {@code estate_tax_parameters} into a {@link TaxParameterTable}. Read on every use: the
 * table has a handful of rows, and a new MOF announcement inserted by a migration or an operator
 * then takes effect on every node without a restart.
 */
@Repository
public class TaxParameterRepository {

    private final JdbcClient jdbc;

    TaxParameterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TaxParameterTable table() {
        List<TaxParameters> periods = jdbc.sql("select * from estate_tax_parameters order by effective_from")
                .query((rs, n) -> new TaxParameters(
                        rs.getDate("effective_from").toLocalDate(),
                        rs.getDate("effective_to").toLocalDate(),
                        rs.getLong("exemption"),
                        rs.getLong("spouse_deduction"),
                        rs.getLong("lineal_descendant_deduction"),
                        rs.getLong("parent_deduction"),
                        rs.getLong("severe_disability_deduction"),
                        rs.getLong("dependent_deduction"),
                        rs.getLong("funeral_deduction"),
                        List.of(new TaxBracket(rs.getLong("bracket1_top"), rs.getInt("bracket1_rate_percent"), rs.getLong("bracket1_quick_calc")),
                                new TaxBracket(rs.getLong("bracket2_top"), rs.getInt("bracket2_rate_percent"), rs.getLong("bracket2_quick_calc")),
                                new TaxBracket(null, rs.getInt("bracket3_rate_percent"), rs.getLong("bracket3_quick_calc"))),
                        rs.getString("legal_basis")))
                .list();
        return new TaxParameterTable(periods);
    }
}
