package tw.ourdata.estate.heirs;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import tw.ourdata.estate.common.DeploymentMode;

/**
 * Heirs' portal sessions: Spring Session JDBC (tables from Flyway, V17), so a session survives
 * a restart and is valid on every node. The cookie {@code OURDATA_PORTAL_SESSION} is HttpOnly,
 * SameSite=Lax, and Secure outside demo mode (a demo runs on plain http://localhost).
 *
 * <p>Only the portal's paths go through Spring Session. The Camunda webapps keep the container's
 * own session and their own CSRF protection; the machine APIs are stateless.
 */
@Configuration(proxyBeanMethods = false)
class PortalSessionConfiguration {

    static final String COOKIE = "OURDATA_PORTAL_SESSION";
    static final List<String> PORTAL_PATHS = List.of("/api/v1/portal/*", "/portal/*");

    @Bean
    CookieSerializer portalCookieSerializer(DeploymentMode mode) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(!mode.demo());
        return cookie;
    }

    /** Narrows Spring Boot's registration of the session filter (by default "/*") to the portal's paths. */
    @Bean
    static BeanPostProcessor portalOnlySessionFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                // Spring Boot's SessionRepositoryFilterConfiguration registers it under this name.
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "sessionRepositoryFilterRegistration".equals(beanName)) {
                    ((AbstractFilterRegistrationBean<?>) registration).setUrlPatterns(PORTAL_PATHS);
                }
                return bean;
            }
        };
    }
}
