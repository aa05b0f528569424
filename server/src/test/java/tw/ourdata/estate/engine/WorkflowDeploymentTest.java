package tw.ourdata.estate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tw.ourdata.estate.support.IntegrationTest;

/** What the workflows module holds is what the engine runs: every BPMN with its diagram, every form. */
@IntegrationTest
class WorkflowDeploymentTest {

    @Autowired
    RepositoryService repository;

    @Test
    void everyProcessIsDeployedWithItsDiagramAndEveryFormWithIt() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest).extracting(ProcessDefinition::getKey).contains("estate-settlement");
        for (ProcessDefinition definition : latest) {
            assertThat(repository.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram.class))
                    .as(definition.getKey() + " has a diagram (renders in Cockpit, opens in Modeler)").isNotEmpty();
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey() + " keeps its history").isEqualTo(3650);
        }
        // Every flow node and flow has its place in a diagram, or Modeler and Cockpit show it nowhere.
        for (ProcessDefinition definition : latest) {
            var model = repository.getBpmnModelInstance(definition.getId());
            java.util.Set<String> drawn = new java.util.HashSet<>();
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class)
                    .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class)
                    .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            List<String> undrawn = java.util.stream.Stream.concat(
                            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).stream(),
                            model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream())
                    .map(e -> e.getId()).filter(id -> !drawn.contains(id)).toList();
            assertThat(undrawn).as(definition.getKey() + ": elements without a shape or an edge").isEmpty();
        }
        String deploymentId = latest.stream().filter(d -> d.getKey().equals("estate-settlement")).findFirst().orElseThrow()
                .getDeploymentId();
        assertThat(repository.getDeploymentResourceNames(deploymentId)).anyMatch(name -> name.endsWith("review-tax-assessment.form"))
                .anyMatch(name -> name.endsWith("proxy-has-not-submitted-plan.form"));
    }
}
