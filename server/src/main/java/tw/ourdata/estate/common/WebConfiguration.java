package tw.ourdata.estate.common;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** 1 MiB is far more than any notice or institution answer; more is a mistake or an attack. */
    static final long DEFAULT_API_BODY_LIMIT = 1024 * 1024;

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> apiBodyLimit(Environment env) {
        long max = env.getProperty("ourdata.api.max-body-bytes", Long.class, DEFAULT_API_BODY_LIMIT);
        FilterRegistrationBean<RequestBodyLimitFilter> bean = new FilterRegistrationBean<>(new RequestBodyLimitFilter(max));
        bean.addUrlPatterns("/api/v1/death-notices", "/api/v1/death-notices/*", "/api/v1/asset-queries/*",
                "/api/v1/estate-tax/*", "/api/v1/cases/*");
        // Before security, so that an oversized body costs nothing, authenticated or not.
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }
}
