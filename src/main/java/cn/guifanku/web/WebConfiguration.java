package cn.guifanku.web;

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
 * Chinese first: every page is Chinese unless the reader picks English (?lang=en, remembered in a cookie). The JSON
 * API answers in English when the client asks for it with {@code Accept-Language: en}, else in Chinese too.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("guifanku-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setDefaultLocaleFunction(request -> ProblemTexts.wantsJson(request) && prefersEnglish(request)
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** The first language of Accept-Language that we speak, when that is English. */
    static boolean prefersEnglish(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return false;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), java.util.List.of(Locale.ENGLISH, Locale.CHINESE));
            return best != null && best.getLanguage().equals("en");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
