package dk.kl.partnerships.evaluation.framework;

import dk.kl.partnerships.kit.error.ConflictException;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a quality framework (pejlemærker). It may be revised until a self-evaluation uses
 * it; from then on it never changes, and changes become a new version.
 */
@Document("frameworks")
@CompoundIndex(name = "by_key_and_version", def = "{'key': 1, 'version': -1}", unique = true)
public class QualityFramework {

    @Id
    private final String id;

    private final String key;
    private final int version;
    private FrameworkContent content;
    private boolean inUse;
    private final Instant createdAt;

    @Version
    private Long revision;

    @PersistenceCreator
    QualityFramework(
            String id,
            String key,
            int version,
            FrameworkContent content,
            boolean inUse,
            Instant createdAt,
            Long revision) {
        this.id = id;
        this.key = key;
        this.version = version;
        this.content = content;
        this.inUse = inUse;
        this.createdAt = createdAt;
        this.revision = revision;
    }

    static QualityFramework create(
            String key, int version, FrameworkContent content, FrameworkContent previous, Instant now) {
        content.validate(previous);
        return new QualityFramework(id(key, version), key, version, content, false, now, null);
    }

    static String id(String key, int version) {
        return key + "@" + version;
    }

    void revise(FrameworkContent revised, FrameworkContent previous) {
        if (inUse) {
            throw new ConflictException(
                    "Version " + version + " of " + key
                            + " is used by self-evaluations and can no longer change; create a new version",
                    "IN_USE");
        }
        revised.validate(previous);
        content = revised;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public int version() {
        return version;
    }

    public FrameworkContent content() {
        return content;
    }

    public boolean inUse() {
        return inUse;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
