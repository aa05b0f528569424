package tw.ourdata.estate.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the integration tests share (same annotation, same cached context):
 * the whole server on a random port over a real PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The simulated treasury would pay every case a test wants to see waiting; its own test switches it on.
        properties = {"ourdata.estimate.requests-per-minute=60", "ourdata.simulator.treasury=false"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {
}
