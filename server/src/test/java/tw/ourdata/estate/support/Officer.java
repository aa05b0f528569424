package tw.ourdata.estate.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tax officer at work, through the engine's REST API as Tasklist calls it (demo identity officer / officer). */
public final class Officer {

    private final Http http;
    private final JdbcClient jdbc;
    private final TaskService tasks;

    public Officer(int port, JdbcClient jdbc, TaskService tasks) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    public String processOf(UUID caseId) {
        return jdbc.sql("select process_instance_id from estate_case where id = :c").param("c", caseId)
                .query(String.class).single();
    }

    /** Waits for the review task of the case and approves the assessment as it stands. */
    public void approveTaxAssessment(UUID caseId) {
        String process = processOf(caseId);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment").count() == 1);
        Task review = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("reviewTaxAssessment")
                .singleResult();
        Http.Response done = http.postJson("/engine-rest/task/" + review.getId() + "/complete",
                Http.basic("officer", "officer"), "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
}
