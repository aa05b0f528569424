package tw.ourdata.estate.common;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether this server runs as a demo (well-known dev keys and users, the bundled institution
 * simulator) or for real.
 *
 * <p>Demo is the default exactly when no external database is configured: a newcomer who just
 * runs the jar gets a working demo, while a server pointed at a real database never accepts a
 * dev key unless someone asked for demo mode explicitly with {@code ourdata.demo=true}.
 */
public record DeploymentMode(boolean demo, boolean embeddedDatabase) {

    public static DeploymentMode of(Environment env) {
        boolean embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
        Boolean explicitDemo = env.getProperty("ourdata.demo", Boolean.class);
        return new DeploymentMode(explicitDemo != null ? explicitDemo : embedded, embedded);
    }
}
