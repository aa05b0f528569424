package tw.ourdata.estate.signatures;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import tw.ourdata.estate.common.DeploymentMode;

@Configuration(proxyBeanMethods = false)
class SignaturesConfiguration {

    @Bean
    SigningSettings signingSettings(Environment env, DeploymentMode mode) {
        return SigningSettings.of(env, mode);
    }
}
