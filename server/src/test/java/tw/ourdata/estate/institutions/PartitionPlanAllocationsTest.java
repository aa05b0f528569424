package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.simulator.Behaviour;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;

/**
 * Who receives which asset: read from the partition plan's table {@code partition_plan_share}
 * (case_id, asset_id, heir_id, fraction). The plan is written in a transaction that is rolled back.
 */
@IntegrationTest
class PartitionPlanAllocationsTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    SimulatorSettings simulator;
    @Autowired
    DocumentStore documents;
    @Autowired
    AssetTransferRepository transfers;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void eachAssetNamesItsHeirsWithTheirFractionsOnceThePlanIsStored() {
        Discovery.INSTITUTIONS.forEach(code -> simulator.setBehaviour(code, Behaviour.SILENT));
        Http http = new Http(port);
        Discovery discovery = new Discovery(http, runtime, management);
        Transfers.ReadyCase c = new Transfers(http, discovery, runtime, management, documents, jdbc).withAssets();
        List<AssetTransferRepository.HeldAsset> land = transfers.assetsHeld(c.caseId(), "LAND");
        assertThat(land).hasSize(1);
        UUID parcel = land.get(0).id();

        // Before the plan is stored: no allocation, the signed agreement alone says it.
        assertThat(transfers.allocations(c.caseId(), land)).isEqualTo(Map.of(parcel, List.of()));

        UUID heir = jdbc.sql("select id from heir where case_id = :c order by position limit 1").param("c", c.caseId())
                .query(UUID.class).single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("insert into partition_plan (case_id, status) values (:c, 'SUBMITTED')").param("c", c.caseId())
                    .update();
            jdbc.sql("insert into partition_plan_share values (:c, :a, :h, '1/1')")
                    .param("c", c.caseId()).param("a", parcel).param("h", heir).update();
            List<AssetTransferRepository.Allocation> allocations = transfers.allocations(c.caseId(), land).get(parcel);
            assertThat(allocations).hasSize(1);
            assertThat(allocations.get(0).heirId()).isEqualTo(heir);
            assertThat(allocations.get(0).fraction()).isEqualTo("1/1");
            assertThat(allocations.get(0).nationalId()).matches("[A-Z]\\d{9}");
        });
    }
}
