package tw.ourdata.estate.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Fires a timer as if its date had come, without moving the engine's clock.
 *
 * <p>The test runs the job itself, leaving its due date in the future, so the job executor never picks it up at
 * the same moment. (Moving the due date to now invited exactly that race: the loser rolls back, the test may look
 * before the winner committed, and for a repeating timer the engine schedules the next cycle once more on the
 * rollback, so a reminder came twice.) Should the job be due already and the executor run it first, the test waits
 * until that run has committed.
 */
public final class Timers {

    private Timers() {
    }

    public static void fireNow(ManagementService management, String jobId) {
        try {
            management.executeJob(jobId);
        } catch (RuntimeException raced) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> settled(management, jobId));
        }
    }

    private static boolean settled(ManagementService management, String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        // Gone once run; a failed run leaves the job with its exception.
        return job == null || job.getExceptionMessage() != null;
    }
}
