package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.ourdata.estate.documents.DocumentStore;
import tw.ourdata.estate.simulator.Behaviour;
import tw.ourdata.estate.simulator.SimulatorSettings;
import tw.ourdata.estate.support.Http;
import tw.ourdata.estate.support.IntegrationTest;
import tw.ourdata.estate.support.TestIds;

/**
 * {@code prepareTransfers} and the multi-instance {@code assetTransfers} behind it, exactly as
 * estate-settlement models them, in a small process of their own deployed for this test: the case
 * before them (heirs, tax, signatures) is not what is tested here.
 */
@IntegrationTest
class PrepareTransfersTest {

    private static final String KEY = "transfers-step-under-test";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    SimulatorSettings simulator;
    @Autowired
    DocumentStore documents;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Discovery discovery;
    Transfers transfers;
    Deployment deployment;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        discovery = new Discovery(http, runtime, management);
        transfers = new Transfers(http, discovery, runtime, management, documents, jdbc);
        Discovery.INSTITUTIONS.forEach(code -> simulator.setBehaviour(code, Behaviour.SILENT));
        // prepareTransfers → assetTransfers (parallel, over transferInstitutionCodes) → a wait the test can look at.
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
                .startEvent()
                .serviceTask("prepareTransfers").camundaDelegateExpression("${prepareTransfers}")
                .callActivity("assetTransfers").calledElement(AssetTransferProcess.KEY)
                .camundaIn("caseId", "caseId").camundaIn("institutionCode", "institutionCode")
                .multiInstance().parallel().camundaCollection("${transferInstitutionCodes}").camundaElementVariable("institutionCode")
                .multiInstanceDone()
                .receiveTask("transfersDone")
                .endEvent()
                .done();
        deployment = repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
    }

    @AfterEach
    void tearDown() {
        // Cascading: the test's instances and the transfers they called go with it.
        repository.deleteDeployment(deployment.getId(), true);
        simulator.reset();
    }

    @Test
    void oneTransferPerInstitutionThatHoldsAnAssetAndNoneForDebtsAlone() {
        Transfers.ReadyCase c = transfers.readyCase(true);
        ProcessInstance step = runtime.startProcessInstanceByKey(KEY, c.opened().registrationNumber(), Map.of("caseId", c.caseId().toString()));

        // LAND (a parcel) and BANKS (a deposit), in the institutions' order; not JCIC, which reported a debt only.
        assertThat(runtime.getVariable(step.getId(), AssetTransferProcess.TRANSFER_INSTITUTION_CODES)).isEqualTo(List.of("LAND", "BANKS"));
        List<ProcessInstance> called = runtime.createProcessInstanceQuery().processDefinitionKey(AssetTransferProcess.KEY)
                .superProcessInstanceId(step.getId()).list();
        assertThat(called).extracting(p -> runtime.getVariable(p.getId(), AssetTransferProcess.INSTITUTION_CODE))
                .containsExactlyInAnyOrder("LAND", "BANKS");
        assertThat(jdbc.sql("select institution_code from asset_transfer where case_id = :c order by institution_code")
                .param("c", c.caseId()).query(String.class).list()).containsExactly("BANKS", "LAND");
        transfers.awaitStatus(c, "LAND", "SENT");
        String landTransfer = transfers.awaitStatus(c, "BANKS", "SENT").get("transferId").asText();
        assertThat(transfers.transfer(c, "LAND").get("transferId").asText()).isNotEqualTo(landTransfer);

        // Both confirm: the step is done.
        for (String code : List.of("LAND", "BANKS")) {
            assertThat(transfers.confirm(transfers.transfer(c, code).get("transferId").asText(), code, Transfers.transferred(code + "-1"))
                    .status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                runtime.createExecutionQuery().processInstanceId(step.getId()).activityId("transfersDone").count() == 1);
    }

    @Test
    void aCaseWithNothingToTransferPassesTheTransfersAtOnce() {
        Discovery.OpenedCase c = discovery.open(TestIds.citizen(2));
        ProcessInstance step = runtime.startProcessInstanceByKey(KEY, c.registrationNumber(), Map.of("caseId", c.caseId()));

        // An empty collection: a parallel multi-instance with no instance completes at once (no instance, no wait).
        assertThat(runtime.getVariable(step.getId(), AssetTransferProcess.TRANSFER_INSTITUTION_CODES)).isEqualTo(List.of());
        assertThat(runtime.createExecutionQuery().processInstanceId(step.getId()).activityId("transfersDone").count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(step.getId()).count()).isZero();
        assertThat(discovery.view(c).get("transfers")).isEmpty();
    }
}
