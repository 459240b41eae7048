package dk.kl.partnerships.billing.meetingfee;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MeetingChargeRepository extends MongoRepository<MeetingCharge, String> {

    List<MeetingCharge> findByStatusAndMunicipalityCode(MeetingCharge.Status status, String municipalityCode);

    /** A meeting is charged to at most every municipality: about a hundred. */
    List<MeetingCharge> findByMeetingId(String meetingId, Pageable page);

    List<MeetingCharge> findByStatus(MeetingCharge.Status status, Pageable page);
}
