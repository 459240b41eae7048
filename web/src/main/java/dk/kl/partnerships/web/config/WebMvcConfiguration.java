package dk.kl.partnerships.web.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The pages speak Danish, whatever the browser asks for, and count days in Danish time. */
@Configuration(proxyBeanMethods = false)
class WebMvcConfiguration {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(DANISH);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Copenhagen"));
    }
}
