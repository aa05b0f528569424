package tw.ourdata.estate.engine;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns every table, the engine's included, and the engine runs without schema
 * auto-update. So the engine must not start before Flyway has migrated: otherwise it looks
 * for its tables and finds none.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway {

    static final String ENGINE_BEAN = "processEngineFactoryBean";
    static final String FLYWAY_BEAN = "flywayInitializer";
    static final String DATA_SOURCE_BEAN = "dataSource";

    @Bean
    static BeanFactoryPostProcessor engineStartsAfterFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(ENGINE_BEAN)) {
                return;
            }
            BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
            String[] existing = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
            // Depending on the data source too makes the engine stop before the database does,
            // so its job executor never polls a closed embedded PostgreSQL at shutdown.
            Stream<String> wanted = Stream.of(FLYWAY_BEAN, DATA_SOURCE_BEAN).filter(beanFactory::containsBeanDefinition);
            engine.setDependsOn(Stream.concat(Arrays.stream(existing), wanted).distinct().toArray(String[]::new));
        };
    }
}
