package tw.ourdata.estate.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Fires a timer as if its date had come, without moving the engine's clock.
 *
 * <p>Once the due date is now, the job executor may pick the job up at the same moment as the test. Whoever commits
 * second fails and rolls back; when that is the test, the executor's run may not have committed yet. So the test
 * waits until the job is gone (or back unlocked, if the run failed) before it looks at what the timer did.
 */
public final class Timers {

    private Timers() {
    }

    public static void fireNow(ManagementService management, String jobId) {
        management.setJobDuedate(jobId, new Date());
        try {
            management.executeJob(jobId);
        } catch (RuntimeException raced) {
            // The job executor ran it first; wait for its run to commit (or give the job back after a failure).
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> settled(management, jobId));
        }
    }

    private static boolean settled(ManagementService management, String jobId) {
        Job job = management.createJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            return true;
        }
        // A repeating timer keeps its row with a later due date; a failed one keeps it with the exception.
        return job.getDuedate() != null && job.getDuedate().after(new Date()) || job.getExceptionMessage() != null;
    }
}
