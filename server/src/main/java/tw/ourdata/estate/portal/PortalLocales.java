package tw.ourdata.estate.portal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal speaks Traditional Chinese (Taiwan) unless the visitor chose English: {@code ?lang=en} (or
 * {@code ?lang=zh-TW}) on any page switches, and a cookie remembers the choice. The browser's own language
 * does not decide: the heirs' documents and the tax office speak Chinese, and the switch is one click away.
 */
@Configuration(proxyBeanMethods = false)
class PortalLocales implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.TAIWAN;
    static final String COOKIE = "OURDATA_LANG";

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/", "/portal/**", "/estimate");
    }
}
