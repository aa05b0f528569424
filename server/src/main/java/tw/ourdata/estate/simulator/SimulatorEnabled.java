package tw.ourdata.estate.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * The bundled institution simulator exists only in demo mode, and there by default:
 * {@code ourdata.simulator.institutions=false} turns it off. Outside demo mode it is not served
 * at all, whatever the property says.
 */
public class SimulatorEnabled implements Condition {

    public static final String PROPERTY = "ourdata.simulator.institutions";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DeploymentMode.of(context.getEnvironment()).demo()
                && context.getEnvironment().getProperty(PROPERTY, Boolean.class, true);
    }
}
