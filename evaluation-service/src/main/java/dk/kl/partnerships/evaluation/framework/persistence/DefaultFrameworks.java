package dk.kl.partnerships.evaluation.framework.persistence;

import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.FrameworkContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frameworks every installation starts with — daycare (dagtilbud) and SFO/club — from
 * {@code frameworks/*.json}: created as version 1 where the key does not exist yet, never changed
 * afterwards (KL makes new versions through the API).
 */
@Component
class DefaultFrameworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultFrameworks.class);

    private final FrameworkAuthoring frameworks;
    private final JsonMapper json;

    DefaultFrameworks(FrameworkAuthoring frameworks, JsonMapper json) {
        this.frameworks = frameworks;
        this.json = json;
    }

    /** A framework file: its key and its content. */
    record DefaultFramework(String key, FrameworkContent content) {}

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath:frameworks/*.json")) {
            DefaultFramework framework = read(resource);
            if (frameworks.exists(framework.key())) {
                continue;
            }
            try {
                frameworks.create(framework.key(), framework.content());
                log.info("Created the default quality framework {}", framework.key());
            } catch (DuplicateKeyException createdByAnotherInstance) {
                log.debug("Default framework {} was created by another instance", framework.key());
            }
        }
    }

    private DefaultFramework read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, DefaultFramework.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
