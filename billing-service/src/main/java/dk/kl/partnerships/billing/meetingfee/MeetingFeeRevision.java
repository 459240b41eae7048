package dk.kl.partnerships.billing.meetingfee;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last revision of a meeting's attendance that billing settled: a correction of that revision or
 * an older one, delivered again or late, is ignored.
 */
@Document("meeting_fee_revisions")
class MeetingFeeRevision {

    @Id
    private final String meetingId;

    private int revision;

    @Version
    private Long version;

    @PersistenceCreator
    MeetingFeeRevision(String meetingId, int revision, Long version) {
        this.meetingId = meetingId;
        this.revision = revision;
        this.version = version;
    }

    static MeetingFeeRevision first(String meetingId) {
        return new MeetingFeeRevision(meetingId, 0, null);
    }

    /** @return whether the revision is newer than the last settled one, which it then becomes */
    boolean advanceTo(int newer) {
        if (newer <= revision) {
            return false;
        }
        revision = newer;
        return true;
    }

    int revision() {
        return revision;
    }
}
