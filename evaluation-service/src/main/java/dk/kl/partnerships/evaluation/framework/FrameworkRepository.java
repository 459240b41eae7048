package dk.kl.partnerships.evaluation.framework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FrameworkRepository extends MongoRepository<QualityFramework, String> {

    Optional<QualityFramework> findFirstByKeyOrderByVersionDesc(String key);

    /** The versions of a framework up to one, oldest first (a framework has a handful). */
    List<QualityFramework> findByKeyAndVersionLessThanEqualOrderByVersionAsc(String key, int version);

    Page<QualityFramework> findAllBy(Pageable page);
}
