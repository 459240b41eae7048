package dk.kl.partnerships.meeting.schedule.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.meeting.schedule.Guest;
import dk.kl.partnerships.meeting.schedule.GuestOrganisation;
import dk.kl.partnerships.meeting.schedule.Meeting;
import dk.kl.partnerships.meeting.schedule.MeetingPlan;
import dk.kl.partnerships.meeting.schedule.Scheduling;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeetingController {

    private final Scheduling meetings;

    MeetingController(Scheduling meetings) {
        this.meetings = meetings;
    }

    @PostMapping("/api/meetings")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<MeetingResponse> schedule(Caller caller, @Valid @RequestBody MeetingRequest request) {
        Meeting meeting = meetings.schedule(
                request.programmeId(),
                request.networkId(),
                request.kind(),
                request.details(),
                Boolean.TRUE.equals(request.confirmExtraThemeDay()));
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id()))
                .body(MeetingResponse.of(meeting, caller));
    }

    @GetMapping("/api/meetings")
    PageResponse<MeetingResponse> list(
            Caller caller,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String networkId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                meetings.list(
                        programmeId,
                        networkId,
                        from,
                        to,
                        PageResponse.request(page, size, Sort.by("time.startsAt", "_id"))),
                m -> MeetingResponse.of(m, caller));
    }

    @GetMapping("/api/meetings/{id}")
    MeetingResponse get(Caller caller, @PathVariable String id) {
        return MeetingResponse.of(meetings.get(id), caller);
    }

    /** Changes the plan; a new time or place is announced as a rescheduling. */
    @PutMapping("/api/meetings/{id}")
    @PreAuthorize("hasRole('KL_ADMIN')")
    MeetingResponse revise(Caller caller, @PathVariable String id, @Valid @RequestBody MeetingRequest request) {
        return MeetingResponse.of(meetings.revise(id, request.details()), caller);
    }

    @PostMapping("/api/meetings/{id}/cancellation")
    @PreAuthorize("hasRole('KL_ADMIN')")
    MeetingResponse cancel(Caller caller, @PathVariable String id, @Valid @RequestBody CancellationRequest request) {
        return MeetingResponse.of(meetings.cancel(id, request.reason().trim()), caller);
    }

    @PostMapping("/api/meetings/{id}/sign-ups")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<MeetingResponse.SignUpResponse> signUp(
            Caller caller, @PathVariable String id, @Valid @RequestBody SignUpRequest request) {
        Scheduling.SignUpResult result = meetings.signUp(caller, id, request.participantId());
        return ResponseEntity.created(URI.create(
                        "/api/meetings/" + id + "/sign-ups/" + result.signUp().id()))
                .body(MeetingResponse.signUp(result.meeting(), result.signUp()));
    }

    /**
     * KL signs an outside guest up for an open meeting or a follow-up group meeting; with a fee, the
     * guest's organisation is invoiced.
     */
    @PostMapping("/api/meetings/{id}/guest-sign-ups")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<MeetingResponse.SignUpResponse> signUpGuest(
            @PathVariable String id, @Valid @RequestBody GuestSignUpRequest request) {
        Scheduling.SignUpResult result = meetings.signUpGuest(id, request.guest());
        return ResponseEntity.created(URI.create(
                        "/api/meetings/" + id + "/sign-ups/" + result.signUp().id()))
                .body(MeetingResponse.signUp(result.meeting(), result.signUp()));
    }

    @DeleteMapping("/api/meetings/{id}/sign-ups/{signUpId}")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<Void> cancelSignUp(Caller caller, @PathVariable String id, @PathVariable String signUpId) {
        meetings.cancelSignUp(caller, id, signUpId);
        return ResponseEntity.noContent().build();
    }

    /** KL records who came; the meeting is then held and announced as such. */
    @PostMapping("/api/meetings/{id}/attendance")
    @PreAuthorize("hasRole('KL_ADMIN')")
    MeetingResponse recordAttendance(
            Caller caller, @PathVariable String id, @Valid @RequestBody AttendanceRequest request) {
        return MeetingResponse.of(
                meetings.recordAttendance(id, request.participantIds(), walkIns(request.walkIns())), caller);
    }

    /**
     * KL corrects who came to a held meeting, with a reason, within the correction window; each
     * correction is a new revision, announced to billing and the others.
     */
    @PostMapping("/api/meetings/{id}/attendance-corrections")
    @PreAuthorize("hasRole('KL_ADMIN')")
    MeetingResponse correctAttendance(
            Caller caller, @PathVariable String id, @Valid @RequestBody AttendanceCorrectionRequest request) {
        return MeetingResponse.of(
                meetings.correctAttendance(
                        id,
                        request.participantIds(),
                        walkIns(request.walkIns()),
                        request.reason().trim()),
                caller);
    }

    @GetMapping("/api/programmes/{programmeId}/meeting-plan")
    MeetingPlan plan(@PathVariable String programmeId) {
        return meetings.plan(programmeId);
    }

    record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {}

    record SignUpRequest(@NotBlank String participantId) {}

    record AttendanceRequest(
            @NotNull @Size(max = 2000) List<@NotBlank String> participantIds,
            @Size(max = 2000) List<@NotNull @Valid WalkInRequest> walkIns) {}

    record AttendanceCorrectionRequest(
            @NotNull @Size(max = 2000) List<@NotBlank String> participantIds,
            @Size(max = 2000) List<@NotNull @Valid WalkInRequest> walkIns,
            @NotBlank @Size(max = 1000) String reason) {}

    /** Someone who came in place of a signed-up participant of the municipality. */
    record WalkInRequest(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 320) String email,

            @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code")
            String municipalityCode) {}

    record GuestSignUpRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull @Valid OrganisationRequest organisation) {

        Guest guest() {
            return new Guest(name.trim(), email.trim(), organisation.organisation());
        }
    }

    /** The guest's organisation and what it is invoiced by (address and a CVR or EAN when the meeting has a fee). */
    record OrganisationRequest(
            @NotBlank @Size(max = 200) String name,
            @Valid AddressRequest address,

            @Pattern(regexp = "\\d{8}", message = "must be 8 digits")
            String cvr,

            @Size(max = 13) String ean,
            @Size(max = 100) String reference) {

        GuestOrganisation organisation() {
            return new GuestOrganisation(
                    name.trim(),
                    address == null
                            ? null
                            : new GuestOrganisation.Address(
                                    address.street().trim(),
                                    address.postalCode().trim(),
                                    address.city().trim()),
                    blankToNull(cvr),
                    blankToNull(ean),
                    blankToNull(reference));
        }
    }

    record AddressRequest(
            @NotBlank @Size(max = 200) String street,

            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be a four-digit postal code")
            String postalCode,

            @NotBlank @Size(max = 100) String city) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static List<Meeting.WalkInRequest> walkIns(List<WalkInRequest> walkIns) {
        return walkIns == null
                ? List.of()
                : walkIns.stream()
                        .map(w -> new Meeting.WalkInRequest(
                                w.name().trim(), blankToNull(w.email()), w.municipalityCode()))
                        .toList();
    }
}
