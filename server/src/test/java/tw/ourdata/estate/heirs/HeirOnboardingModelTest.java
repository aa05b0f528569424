package tw.ourdata.estate.heirs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/** heir-onboarding.bpmn is a valid model whose every element has its place in the diagram (Cockpit, Modeler). */
class HeirOnboardingModelTest {

    @Test
    void everyFlowNodeAndFlowIsDrawn() throws Exception {
        BpmnModelInstance model;
        try (InputStream in = getClass().getResourceAsStream("/bpmn/heir-onboarding.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
        Process process = model.getModelElementById("heir-onboarding");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
        assertThat(nodes).hasSizeGreaterThan(10);
        nodes.forEach(n -> assertThat(shapes).as("shape of " + n.getId()).contains(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(edges).as("edge of " + f.getId()).contains(f.getId()));
        assertThat(shapes).contains("inviteHeir", "awaitIdentityVerification", "awaitAuthorisation", "heirNotResponding",
                "remindHeir", "heirRenounced");
    }
}
