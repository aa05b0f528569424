package tw.ourdata.estate.common;

import jakarta.servlet.MultipartConfigElement;
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
        bean.setName("apiBodyLimit");
        bean.addUrlPatterns("/api/v1/death-notices", "/api/v1/death-notices/*", "/api/v1/asset-queries/*", "/api/v1/transfers/*",
                "/api/v1/estate-tax/*", "/api/v1/cases/*");
        // Before security, so that an oversized body costs nothing, authenticated or not.
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /**
     * The public verification service takes whole signed documents: 50 MiB by default. The filter allows a
     * little more for the framing of a form upload; the controller and the multipart limits enforce the
     * file's own size.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> documentVerificationBodyLimit(Environment env) {
        long max = env.getProperty("ourdata.documents.verify-max-bytes", Long.class, DEFAULT_VERIFY_BODY_LIMIT);
        FilterRegistrationBean<RequestBodyLimitFilter> bean =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(max + MULTIPART_FRAMING_BYTES));
        bean.setName("documentVerificationBodyLimit");
        bean.addUrlPatterns("/api/v1/documents/verify");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /** The servlet container's multipart limits, for the same upload (spring.servlet.multipart.max-* are not used). */
    @Bean
    MultipartConfigElement multipartConfig(Environment env) {
        long max = env.getProperty("ourdata.documents.verify-max-bytes", Long.class, DEFAULT_VERIFY_BODY_LIMIT);
        return new MultipartConfigElement("", max, max + MULTIPART_FRAMING_BYTES, 0);
    }

    static final long DEFAULT_VERIFY_BODY_LIMIT = 50L * 1024 * 1024;
    static final long MULTIPART_FRAMING_BYTES = 64 * 1024;
}
