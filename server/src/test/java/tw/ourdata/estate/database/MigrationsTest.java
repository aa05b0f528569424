package tw.ourdata.estate.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.support.IntegrationTest;

/** Flyway owns every table, the engine's included; the engine never changes the schema itself. */
@IntegrationTest
class MigrationsTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(all[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(all[0].getDescription()).contains("camunda 7 24 0");
        assertThat(flyway.info().pending()).isEmpty();
        // Migrating again is a no-op: what a second start (or a second node) does.
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void theEngineSchemaIsVersion724AndCreatedByFlyway() {
        assertThat(jdbc.sql("select version_ from act_ge_schema_log order by cast(id_ as int) desc limit 1").query(String.class).single())
                .isEqualTo("7.24.0");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'public' and table_name like 'act_%'")
                .query(Long.class).single()).isGreaterThan(40);
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getDatabaseSchemaUpdate()).isEqualTo("false");
    }
}
