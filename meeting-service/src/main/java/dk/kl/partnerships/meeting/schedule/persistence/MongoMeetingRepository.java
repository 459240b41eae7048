package dk.kl.partnerships.meeting.schedule.persistence;

import dk.kl.partnerships.kit.outbox.AggregateStores;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import dk.kl.partnerships.kit.persistence.MongoPages;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingEvent;
import dk.kl.partnerships.meeting.schedule.MeetingRepository;
import dk.kl.partnerships.meeting.schedule.MeetingStatus;
import dk.kl.partnerships.meeting.schedule.SignUp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoMeetingRepository extends AggregateRepository<Meeting, MeetingEvent> implements MeetingRepository {

    private final ScheduleLocks locks;

    MongoMeetingRepository(MongoTemplate mongo, AggregateStores stores, Clock clock) {
        super(mongo, stores, Meeting.class, MeetingEvent.class);
        this.locks = new ScheduleLocks(mongo, clock);
    }

    @Override
    public Page<Meeting> list(String programmeId, String networkId, Instant from, Instant to, Pageable page) {
        Criteria criteria = MongoPages.equalTo("programmeId", programmeId, "networkId", networkId);
        if (from != null || to != null) {
            Criteria start = criteria.and("time.startsAt");
            if (from != null) {
                start = start.gte(from);
            }
            if (to != null) {
                start.lt(to);
            }
        }
        return MongoPages.page(mongo, Query.query(criteria), page, Meeting.class);
    }

    @Override
    public List<Meeting> scheduledOfNetworkBetween(String networkId, Instant from, Instant to) {
        return mongo.find(
                Query.query(Criteria.where("networkId")
                        .is(networkId)
                        .and("status")
                        .is(MeetingStatus.SCHEDULED)
                        .and("time.startsAt")
                        .gte(from)
                        .lt(to)),
                Meeting.class);
    }

    @Override
    public List<Meeting> scheduledAtVenueOverlapping(String venueKey, Instant from, Instant to) {
        return mongo.find(
                Query.query(Criteria.where("venueKey")
                        .is(venueKey)
                        .and("status")
                        .is(MeetingStatus.SCHEDULED)
                        .and("time.startsAt")
                        .lt(to)
                        .and("time.endsAt")
                        .gt(from)),
                Meeting.class);
    }

    @Override
    public List<Meeting> upcomingWithSignUpsOfMunicipality(
            String municipalityCode, Instant now, String afterId, int limit) {
        return upcomingWithActiveSignUp(Criteria.where("municipalityCode").is(municipalityCode), now, afterId, limit);
    }

    @Override
    public List<Meeting> upcomingOfNetworkWithSignUpsOfMunicipality(
            String networkId, String municipalityCode, Instant now, String afterId, int limit) {
        return upcomingWithActiveSignUp(
                Criteria.where("municipalityCode").is(municipalityCode), networkId, now, afterId, limit);
    }

    @Override
    public List<Meeting> upcomingWithSignUpsOfParticipant(
            String participantId, Instant now, String afterId, int limit) {
        return upcomingWithActiveSignUp(Criteria.where("participantId").is(participantId), now, afterId, limit);
    }

    @Override
    public List<Meeting> withSignUpsOfParticipant(String participantId, String afterId, int limit) {
        Criteria criteria = Criteria.where("signUps.participantId").is(participantId);
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Meeting.class);
    }

    private List<Meeting> upcomingWithActiveSignUp(Criteria signUp, Instant now, String afterId, int limit) {
        return upcomingWithActiveSignUp(signUp, null, now, afterId, limit);
    }

    /** Meetings to come (of the network, unless null) with an active sign-up that matches {@code signUp}. */
    private List<Meeting> upcomingWithActiveSignUp(
            Criteria signUp, String networkId, Instant now, String afterId, int limit) {
        Criteria criteria = Criteria.where("signUps")
                .elemMatch(signUp.and("status").in(SignUp.Status.CONFIRMED, SignUp.Status.WAITING))
                .and("status")
                .is(MeetingStatus.SCHEDULED)
                .and("time.startsAt")
                .gt(now);
        if (networkId != null) {
            criteria = criteria.and("networkId").is(networkId);
        }
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Meeting.class);
    }

    @Override
    public List<Meeting> ofProgramme(String programmeId, int limit) {
        return mongo.find(
                Query.query(Criteria.where("programmeId").is(programmeId)).limit(limit), Meeting.class);
    }

    @Override
    public List<Meeting> signedUpByMunicipality(String municipalityCode, int limit) {
        return mongo.find(
                Query.query(Criteria.where("signUps.municipalityCode").is(municipalityCode))
                        .with(Sort.by(Sort.Direction.DESC, "time.startsAt"))
                        .limit(limit),
                Meeting.class);
    }

    @Override
    public List<Meeting> ofNetwork(String networkId, int limit) {
        return mongo.find(
                Query.query(Criteria.where("networkId").is(networkId))
                        .with(Sort.by(Sort.Direction.DESC, "time.startsAt"))
                        .limit(limit),
                Meeting.class);
    }

    @Override
    public <T> T whileHolding(Collection<String> lockKeys, Supplier<T> work) {
        return locks.whileHolding(lockKeys, work);
    }
}
