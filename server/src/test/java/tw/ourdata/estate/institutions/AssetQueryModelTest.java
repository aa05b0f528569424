package tw.ourdata.estate.institutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The BPMN files open in Camunda Modeler and render in Cockpit: every element has its diagram shape. */
class AssetQueryModelTest {

    @ParameterizedTest
    @ValueSource(strings = {"bpmn/asset-query.bpmn", "bpmn/estate-settlement.bpmn"})
    void everyElementIsDrawn(String resource) throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());
        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList());
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
    }

    @Test
    void delegatesAreNamedAfterTheirActivities() throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/asset-query.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        for (org.camunda.bpm.model.bpmn.instance.ServiceTask task : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).isEqualTo("${" + task.getId() + "}");
        }
    }
}
