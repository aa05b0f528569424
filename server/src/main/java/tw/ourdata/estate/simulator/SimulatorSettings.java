package tw.ourdata.estate.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The simulator's knobs, read from the configuration at start and switchable at run time (so a
 * demo — or a test — can make one institution silent without a restart):
 * <ul>
 *   <li>{@code ourdata.simulator.behaviour.<CODE>=normal|slow|silent|failing|refusing}, e.g.
 *       {@code ourdata.simulator.behaviour.JCIC=silent};</li>
 *   <li>{@code ourdata.simulator.min-delay} / {@code max-delay} (default PT1S / PT5S): how long a
 *       normal institution takes to answer, drawn at random in between;</li>
 *   <li>{@code ourdata.simulator.slow-delay} (default PT10M): how long a slow one takes.</li>
 * </ul>
 */
@Component
@Conditional(SimulatorEnabled.class)
public class SimulatorSettings {

    private final Environment env;
    private final Map<String, Behaviour> overrides = new ConcurrentHashMap<>();
    private volatile Duration minDelay;
    private volatile Duration maxDelay;
    private volatile Duration slowDelay;

    SimulatorSettings(Environment env) {
        this.env = env;
        reset();
    }

    public Behaviour behaviour(String institutionCode) {
        Behaviour set = overrides.get(institutionCode);
        if (set != null) {
            return set;
        }
        String configured = env.getProperty("ourdata.simulator.behaviour." + institutionCode);
        return configured == null || configured.isBlank() ? Behaviour.NORMAL : Behaviour.parse(configured);
    }

    public void setBehaviour(String institutionCode, Behaviour behaviour) {
        overrides.put(institutionCode, behaviour);
    }

    public void setDelays(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
        this.minDelay = min;
        this.maxDelay = max;
    }

    /** Back to what the configuration says. */
    public void reset() {
        overrides.clear();
        setDelays(duration("ourdata.simulator.min-delay", "PT1S"), duration("ourdata.simulator.max-delay", "PT5S"));
        slowDelay = duration("ourdata.simulator.slow-delay", "PT10M");
    }

    Duration delayFor(Behaviour behaviour) {
        if (behaviour == Behaviour.SLOW) {
            return slowDelay;
        }
        long min = minDelay.toMillis();
        long max = maxDelay.toMillis();
        return Duration.ofMillis(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    private Duration duration(String property, String fallback) {
        return Duration.parse(env.getProperty(property, fallback).strip());
    }
}
