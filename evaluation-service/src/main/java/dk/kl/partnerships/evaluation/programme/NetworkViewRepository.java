package dk.kl.partnerships.evaluation.programme;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface NetworkViewRepository extends MongoRepository<NetworkView, String> {

    Optional<NetworkView> findFirstByProgrammeIdAndMunicipalityCodes(String programmeId, String municipalityCode);
}
