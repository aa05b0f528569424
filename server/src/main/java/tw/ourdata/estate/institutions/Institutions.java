package tw.ourdata.estate.institutions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The institutions asset discovery asks, as configured in the table {@code institution}. Bean name
 * {@code institutions}: {@code estate-settlement} starts one {@code asset-query} per
 * {@code ${institutions.activeCodes()}}.
 */
@Repository("institutions")
public class Institutions {

    private final JdbcClient jdbc;

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Institution> active() {
        return jdbc.sql("select * from institution where active order by position").query(Institutions::institution).list();
    }

    /** The codes of the active institutions, in their configured order: the multi-instance collection. */
    public List<String> activeCodes() {
        return active().stream().map(Institution::code).toList();
    }

    public Optional<Institution> find(String code) {
        return jdbc.sql("select * from institution where code = :code").param("code", code)
                .query(Institutions::institution).optional();
    }

    private static Institution institution(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getString("endpoint"),
                Duration.parse(rs.getString("service_level")), rs.getInt("position"));
    }
}
