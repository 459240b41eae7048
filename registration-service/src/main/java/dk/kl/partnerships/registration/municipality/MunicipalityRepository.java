package dk.kl.partnerships.registration.municipality;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MunicipalityRepository extends MongoRepository<Municipality, String> {

    Page<Municipality> findByRegionCode(String regionCode, Pageable pageable);

    List<Municipality> findByCodeIn(Collection<String> codes);

    Page<Municipality> findByCodeNotIn(Collection<String> codes, Pageable pageable);
}
