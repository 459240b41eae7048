package dk.kl.partnerships.meeting.schedule.web;

import dk.kl.partnerships.meeting.schedule.AgendaItem;
import dk.kl.partnerships.meeting.schedule.MeetingDetails;
import dk.kl.partnerships.meeting.schedule.MeetingKind;
import dk.kl.partnerships.meeting.schedule.MeetingTime;
import dk.kl.partnerships.meeting.schedule.Venue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as KL plans it; times are local to {@code timeZone} (default Europe/Copenhagen).
 * {@code confirmExtraThemeDay} confirms a theme day beyond the network's five.
 */
record MeetingRequest(
        @NotBlank String programmeId,
        String networkId,
        @NotNull MeetingKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDateTime startsAt,
        @NotNull LocalDateTime endsAt,
        @Size(max = 50) String timeZone,
        @NotNull @Valid VenueRequest venue,
        @Min(1) @Max(2000) int capacity,
        LocalDateTime signUpDeadline,
        @Size(max = 30) List<@Valid AgendaItemRequest> agenda,

        @DecimalMin("0.00") @Digits(integer = 7, fraction = 2)
        BigDecimal feePerParticipant,

        Boolean confirmExtraThemeDay) {

    record VenueRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String address,

            @Pattern(regexp = "\\d{3}", message = "must be a 3-digit municipality code")
            String municipalityCode) {}

    record AgendaItemRequest(
            @NotNull LocalTime time,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String speaker) {}

    MeetingDetails details() {
        MeetingTime time = MeetingTime.of(startsAt, endsAt, timeZone);
        return new MeetingDetails(
                title.trim(),
                time,
                new Venue(venue.name().trim(), venue.address().trim(), venue.municipalityCode()),
                capacity,
                signUpDeadline == null
                        ? null
                        : signUpDeadline.atZone(time.zone()).toInstant(),
                agenda == null
                        ? List.of()
                        : agenda.stream()
                                .map(item ->
                                        new AgendaItem(item.time(), item.title().trim(), item.speaker()))
                                .toList(),
                feePerParticipant);
    }
}
