package tw.ourdata.estate.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Taiwan's civil dates (a death "today", a minor's 18th birthday) are Taipei dates. */
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Bean
    DeploymentMode deploymentMode(Environment env) {
        return DeploymentMode.of(env);
    }

    @Bean
    Clock clock() {
        return Clock.system(TAIPEI);
    }
}
