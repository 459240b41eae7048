package dk.kl.partnerships.billing.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface MembershipRepository extends MongoRepository<Membership, String> {

    List<Membership> findByProgrammeId(String programmeId);

    /** The municipality's most recent joining of any programme: whom to invoice for meeting fees. */
    Optional<Membership> findFirstByMunicipalityCodeAndJoiningIsNotNullOrderByJoiningJoinedOnDesc(
            String municipalityCode);

    /** Memberships with an instalment still planned and due by the date. */
    @Query("{ 'instalments': { $elemMatch: { 'status': 'PLANNED', 'dueOn': { $lte: ?0 } } } }")
    List<Membership> findWithInstalmentsDueBy(LocalDate date, Pageable page);
}
