package tw.ourdata.estate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.mock.env.MockEnvironment;

class SimulatorEnabledTest {

    @Test
    void onByDefaultInDemoModeOnly() {
        assertThat(enabled(new MockEnvironment())).as("no database configured: demo").isTrue();
        assertThat(enabled(new MockEnvironment().withProperty("ourdata.simulator.institutions", "false"))).isFalse();
        assertThat(enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/estate")))
                .as("a real database: not demo").isFalse();
        assertThat(enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/estate")
                .withProperty("ourdata.simulator.institutions", "true")))
                .as("never outside demo mode, whatever the property says").isFalse();
        assertThat(enabled(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/estate")
                .withProperty("ourdata.demo", "true"))).isTrue();
    }

    private static boolean enabled(MockEnvironment env) {
        ConditionContext context = org.mockito.Mockito.mock(ConditionContext.class);
        org.mockito.Mockito.when(context.getEnvironment()).thenReturn(env);
        return new SimulatorEnabled().matches(context, null);
    }
}
