package tw.ourdata.estate.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import tw.ourdata.estate.common.DeploymentMode;

/** The simulators exist in demo mode only: a real deployment has no simulated anything. */
public class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DeploymentMode.of(context.getEnvironment()).demo();
    }
}
