package dk.kl.partnerships.web.kl.meetings;

import static dk.kl.partnerships.web.support.FormText.blankToNull;
import static dk.kl.partnerships.web.support.FormText.strip;

import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.meeting.MeetingApi.MeetingRequest;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Venue;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** A meeting as KL plans it; the fields mirror the API's request, times local to Copenhagen. */
public class MeetingForm {

    /** As a {@code datetime-local} field sends it. */
    static final String LOCAL_TIME = "yyyy-MM-dd'T'HH:mm";

    /** Where the meeting is held; for a visit, the municipality that hosts it. */
    public static class VenueFields {

        private String name;
        private String address;
        private String municipalityCode;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getMunicipalityCode() {
            return municipalityCode;
        }

        public void setMunicipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
        }
    }

    private String kind;
    private String networkId;
    private String title;

    @DateTimeFormat(pattern = LOCAL_TIME)
    private LocalDateTime startsAt;

    @DateTimeFormat(pattern = LOCAL_TIME)
    private LocalDateTime endsAt;

    private VenueFields venue = new VenueFields();
    private Integer capacity;

    @DateTimeFormat(pattern = LOCAL_TIME)
    private LocalDateTime signUpDeadline;

    @NumberFormat(pattern = "#,##0.00")
    private BigDecimal feePerParticipant;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.kind = meeting.kind();
        form.networkId = meeting.networkId();
        form.title = meeting.title();
        form.startsAt = meeting.localStart().toLocalDateTime();
        form.endsAt = meeting.localEnd().toLocalDateTime();
        if (meeting.venue() != null) {
            form.venue.name = meeting.venue().name();
            form.venue.address = meeting.venue().address();
            form.venue.municipalityCode = meeting.venue().municipalityCode();
        }
        form.capacity = meeting.capacity();
        form.signUpDeadline = meeting.localSignUpDeadline() == null
                ? null
                : meeting.localSignUpDeadline().toLocalDateTime();
        form.feePerParticipant = meeting.feePerParticipant();
        return form;
    }

    MeetingRequest request(String programmeId) {
        return new MeetingRequest(
                programmeId,
                blankToNull(networkId),
                blankToNull(kind),
                strip(title),
                startsAt,
                endsAt,
                new Venue(strip(venue.name), strip(venue.address), blankToNull(venue.municipalityCode)),
                capacity,
                signUpDeadline,
                feePerParticipant);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNetworkId() {
        return networkId;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public VenueFields getVenue() {
        return venue;
    }

    public void setVenue(VenueFields venue) {
        this.venue = venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getSignUpDeadline() {
        return signUpDeadline;
    }

    public void setSignUpDeadline(LocalDateTime signUpDeadline) {
        this.signUpDeadline = signUpDeadline;
    }

    public BigDecimal getFeePerParticipant() {
        return feePerParticipant;
    }

    public void setFeePerParticipant(BigDecimal feePerParticipant) {
        this.feePerParticipant = feePerParticipant;
    }
}
