package dk.kl.partnerships.web.kl.enrolments;

import static dk.kl.partnerships.web.export.Table.date;
import static dk.kl.partnerships.web.export.Table.dateTime;
import static dk.kl.partnerships.web.export.Table.integer;
import static dk.kl.partnerships.web.export.Table.text;
import static dk.kl.partnerships.web.export.Table.yesNo;

import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.NonRespondent;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Participant;
import dk.kl.partnerships.web.export.Exports;
import dk.kl.partnerships.web.export.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A programme's enrolments, participants and non-respondents as CSV or XLSX, to hand on. */
@Controller
class EnrolmentExportsController {

    private final RegistrationApi registration;
    private final Exports exports;
    private final MessageSource messages;
    private final Clock clock;

    EnrolmentExportsController(RegistrationApi registration, Exports exports, MessageSource messages, Clock clock) {
        this.registration = registration;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(EnrolmentsController.ENROLMENTS + ".{format}")
    ResponseEntity<byte[]> enrolments(@PathVariable String id, @PathVariable String format) {
        Table table = Table.of(
                "tilmeldinger",
                text("export.column.municipalityCode"),
                text("export.column.municipality"),
                text("export.column.state"),
                dateTime("export.column.answeredAt"),
                yesNo("export.column.late"),
                text("export.column.focusArea1"),
                text("export.column.focusArea2"),
                text("export.column.focusArea3"),
                date("export.column.alignedOn"),
                date("export.column.decisionDate"),
                text("export.column.caseReference"),
                date("export.column.joinedOn"),
                date("export.column.withdrawnOn"),
                integer("export.column.participants"));
        for (Enrolment e : registration.enrolmentsOf(id, null).items()) {
            table.row(
                    e.municipalityCode(),
                    e.municipalityName(),
                    messages.getMessage("state." + e.state(), null, e.state(), Exports.DANISH),
                    local(e.declaredAt()),
                    e.late(),
                    focusArea(e.focusAreas(), 0),
                    focusArea(e.focusAreas(), 1),
                    focusArea(e.focusAreas(), 2),
                    e.alignment() == null ? null : e.alignment().contactedOn(),
                    e.councilDecision() == null ? null : e.councilDecision().date(),
                    e.councilDecision() == null ? null : e.councilDecision().reference(),
                    e.joinedOn(),
                    e.withdrawal() == null ? null : e.withdrawal().withdrawnOn(),
                    e.participants().size());
        }
        return exports.download(table, Exports.format(format));
    }

    @GetMapping("/kl/programmer/{id}/deltagere.{format}")
    ResponseEntity<byte[]> participants(@PathVariable String id, @PathVariable String format) {
        Table table = Table.of(
                "deltagere",
                text("export.column.municipalityCode"),
                text("export.column.municipality"),
                text("export.column.name"),
                text("export.column.email"),
                text("export.column.role"),
                dateTime("export.column.registeredAt"));
        for (Enrolment e : registration.enrolmentsOf(id, null).items()) {
            if (!e.isActive()) {
                continue;
            }
            for (Participant p : e.participants()) {
                table.row(
                        e.municipalityCode(),
                        e.municipalityName(),
                        p.name(),
                        p.email(),
                        messages.getMessage("role." + p.role(), null, p.role(), Exports.DANISH),
                        local(p.registeredAt()));
            }
        }
        return exports.download(table, Exports.format(format));
    }

    @GetMapping(EnrolmentsController.NON_RESPONDENTS + ".{format}")
    ResponseEntity<byte[]> nonRespondents(@PathVariable String id, @PathVariable String format) {
        Table table = Table.of(
                "mangler-svar",
                text("export.column.municipalityCode"),
                text("export.column.municipality"),
                text("export.column.region"),
                text("export.column.contact"),
                text("export.column.email"));
        registration.programme(id);
        for (NonRespondent m :
                registration.nonRespondents(id, 0, EnrolmentsController.ALL).items()) {
            table.row(
                    m.code(),
                    m.name(),
                    m.regionName(),
                    m.coordinator() == null ? null : m.coordinator().name(),
                    m.coordinator() == null ? null : m.coordinator().email());
        }
        return exports.download(table, Exports.format(format));
    }

    private static String focusArea(List<String> ranked, int index) {
        return index < ranked.size() ? ranked.get(index) : null;
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
