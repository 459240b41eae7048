package dk.kl.partnerships.evaluation.registration;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NetworkViewRepository extends MongoRepository<NetworkView, String> {

    Optional<NetworkView> findFirstByProgrammeIdAndMunicipalityCodes(String programmeId, String municipalityCode);
}
