package tw.ourdata.estate.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.ourdata.estate.common.DeploymentMode;

@Repository
public class ApiClientRepository {

    private final JdbcClient jdbc;
    private final DeploymentMode mode;

    public ApiClientRepository(JdbcClient jdbc, DeploymentMode mode) {
        this.jdbc = jdbc;
        this.mode = mode;
    }

    /** The enabled client holding this key; demo clients only count in demo mode. */
    public Optional<ApiClient> findByKey(String key) {
        return jdbc.sql("""
                        select id, kind, name, institution_code from api_client
                        where key_sha256 = :hash and disabled_at is null and (not demo or :demoMode)
                        """)
                .param("hash", ApiKeys.sha256(key))
                .param("demoMode", mode.demo())
                .query((rs, n) -> new ApiClient(rs.getObject("id", UUID.class), ApiClient.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("institution_code")))
                .optional();
    }

    /** Registers a client if no client holds this key yet; returns the id of the holder. */
    public UUID ensure(ApiClient.Kind kind, String name, String key, String institutionCode, boolean demo) {
        String hash = ApiKeys.sha256(key);
        jdbc.sql("""
                        insert into api_client (id, kind, name, key_sha256, institution_code, demo)
                        values (:id, :kind, :name, :hash, :code, :demo) on conflict (key_sha256) do nothing
                        """)
                .param("id", UUID.randomUUID()).param("kind", kind.name()).param("name", name)
                .param("hash", hash).param("code", institutionCode).param("demo", demo)
                .update();
        return jdbc.sql("select id from api_client where key_sha256 = :hash").param("hash", hash).query(UUID.class).single();
    }
}
