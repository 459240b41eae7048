package dk.kl.partnerships.evaluation.framework;

import dk.kl.partnerships.kit.domain.ConflictRetry;
import dk.kl.partnerships.kit.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** KL defines quality frameworks; each change of a framework in use is a new version. */
@Service
public class FrameworkAuthoring {

    private static final String FRAMEWORK = "Quality framework";

    private final FrameworkRepository repository;
    private final MongoTemplate mongo;
    private final Clock clock;

    FrameworkAuthoring(FrameworkRepository repository, MongoTemplate mongo, Clock clock) {
        this.repository = repository;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The first version of a new framework, or the next version of an existing one. */
    public QualityFramework create(String key, FrameworkContent content) {
        QualityFramework previous =
                repository.findFirstByKeyOrderByVersionDesc(key).orElse(null);
        QualityFramework framework = QualityFramework.create(
                key,
                previous == null ? 1 : previous.version() + 1,
                content,
                previous == null ? null : previous.content(),
                clock.instant());
        return repository.insert(framework);
    }

    /** Changes a version no self-evaluation uses yet. */
    public QualityFramework revise(String key, int version, FrameworkContent content) {
        return ConflictRetry.run(() -> {
            QualityFramework framework = get(key, version);
            framework.revise(
                    content, version == 1 ? null : get(key, version - 1).content());
            return repository.save(framework);
        });
    }

    public QualityFramework get(String key, int version) {
        return repository
                .findById(QualityFramework.id(key, version))
                .orElseThrow(() -> new NotFoundException(FRAMEWORK, QualityFramework.id(key, version)));
    }

    public QualityFramework latest(String key) {
        return repository
                .findFirstByKeyOrderByVersionDesc(key)
                .orElseThrow(() -> new NotFoundException(FRAMEWORK, key));
    }

    public boolean exists(String key) {
        return repository.findFirstByKeyOrderByVersionDesc(key).isPresent();
    }

    public Page<QualityFramework> list(Pageable page) {
        return repository.findAllBy(page);
    }

    /**
     * From now on the version never changes: a self-evaluation has been requested against it. The
     * revision grows too, so a revision of the framework in flight fails and sees it in use.
     */
    public void markInUse(QualityFramework framework) {
        if (!framework.inUse()) {
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(framework.id())),
                    Update.update("inUse", true).inc("revision", 1),
                    QualityFramework.class);
        }
    }

    /** The versions of a framework up to {@code version}, to read older scores in its terms. */
    public Lineage lineage(String key, int version) {
        List<QualityFramework> versions = repository.findByKeyAndVersionLessThanEqualOrderByVersionAsc(key, version);
        if (versions.isEmpty() || versions.get(versions.size() - 1).version() != version) {
            throw new NotFoundException(FRAMEWORK, QualityFramework.id(key, version));
        }
        return new Lineage(versions);
    }
}
