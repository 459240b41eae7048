package dk.kl.partnerships.security.secrets;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a process from starting outside development while its configuration holds a known sample
 * secret or a placeholder ({@link SampleSecrets}). Every Spring Boot application with this module
 * on its class path runs it (registered in {@code META-INF/spring.factories}), once its
 * configuration is read and before any bean is made.
 */
public final class SampleSecretsGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final SampleSecrets samples;

    public SampleSecretsGuard() {
        this(SampleSecrets.known());
    }

    SampleSecretsGuard(SampleSecrets samples) {
        this.samples = samples;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        check(context.getEnvironment());
    }

    void check(ConfigurableEnvironment environment) {
        String[] profiles = environment.getActiveProfiles();
        if (SampleSecrets.development(profiles)) {
            return;
        }
        String application = environment.getProperty("spring.application.name", "");
        List<String> found = samples.foundIn(application, environment);
        if (!found.isEmpty()) {
            throw new IllegalStateException(application + " refuses to start with profiles " + Arrays.toString(profiles)
                    + ": " + String.join("; ", found)
                    + ". Configure the environment's own values; the samples are for development only.");
        }
    }
}
