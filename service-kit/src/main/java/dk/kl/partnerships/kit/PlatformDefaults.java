package dk.kl.partnerships.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the settings every service shares ({@code partnerships-defaults.properties}) with the lowest
 * precedence, so each lives in one place and any service, profile or environment variable can
 * override it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "partnerships-defaults.properties";

    /** {@link SpringApplication#setDefaultProperties} stay below ours. */
    private static final String APPLICATION_DEFAULTS = "defaultProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            ResourcePropertySource defaults = new ResourcePropertySource(
                    "partnershipsDefaults", new ClassPathResource(RESOURCE, PlatformDefaults.class.getClassLoader()));
            if (environment.getPropertySources().contains(APPLICATION_DEFAULTS)) {
                environment.getPropertySources().addBefore(APPLICATION_DEFAULTS, defaults);
            } else {
                environment.getPropertySources().addLast(defaults);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
