package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asset-transfer} opens in Camunda Modeler, renders in Cockpit, and names its delegates after its activities. */
class AssetTransferModelTest {

    BpmnModelInstance model;

    @BeforeEach
    void read() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/asset-transfer.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void everyElementIsDrawn() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());
        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList());
        Process process = model.getModelElementById(AssetTransferProcess.KEY);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    }

    @Test
    void delegatesAreNamedAfterTheirActivitiesAndTheOfficerTaskAfterItsListener() {
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).isEqualTo("${" + task.getId() + "}");
        }
        UserTask officer = model.getModelElementById("institutionHasNotConfirmed");
        assertThat(officer.getCamundaCandidateGroups()).isEqualTo("tax-officers");
        assertThat(officer.getCamundaFormRef()).isEqualTo("institution-has-not-confirmed");
    }

    @Test
    void theEndsAreAsynchronousSoManyConfirmationsNeverContendForTheCasesCounters() {
        for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
            assertThat(end.isCamundaAsyncBefore()).as(end.getId()).isTrue();
        }
    }
}
