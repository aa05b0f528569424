package tw.ourdata.estate.simulator;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * On, off, and since when: a simulated party acts only on what happened after it was switched on, so switching
 * it on never takes over cases people were already handling.
 */
public abstract class SimulationSwitch {

    private final AtomicReference<Instant> enabledSince = new AtomicReference<>();

    public void enable() {
        enabledSince.compareAndSet(null, Instant.now());
    }

    public void disable() {
        enabledSince.set(null);
    }

    public boolean enabled() {
        return enabledSince.get() != null;
    }

    /** When the simulation was switched on; null while it is off. */
    protected Instant enabledSince() {
        return enabledSince.get();
    }
}
