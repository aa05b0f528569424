package tw.ourdata.estate.common;

import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A request that changes the domain and moves a process in one transaction can meet the process moving at the
 * same moment (a timer, an asynchronous step, another party's request): the engine then rolls the whole
 * transaction back with an {@link OptimisticLockingException}. Nothing was stored, so doing it again is safe —
 * and far kinder than answering a grieving family with a 500.
 */
public final class ConcurrentChanges {

    static final int ATTEMPTS = 3;

    private ConcurrentChanges() {
    }

    /** Runs the transactional work again, up to three times in all, when the engine reports a concurrent change. */
    public static <T> T retried(Supplier<T> transactionalWork) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactionalWork.get();
            } catch (OptimisticLockingException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
