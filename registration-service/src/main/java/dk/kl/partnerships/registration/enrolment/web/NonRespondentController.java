package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.enrolment.Enrolling;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** KL follows up on the municipalities that have not answered a programme's invitation. */
@RestController
class NonRespondentController {

    private final Enrolling enrolments;

    NonRespondentController(Enrolling enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping("/api/programmes/{programmeId}/non-respondents")
    @PreAuthorize("hasRole('KL_ADMIN')")
    PageResponse<NonRespondent> nonRespondents(
            @PathVariable String programmeId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(
                enrolments.nonRespondents(programmeId, PageResponse.request(page, size, Sort.by("_id"))),
                m -> new NonRespondent(m.code(), m.name(), m.regionName()));
    }

    record NonRespondent(String code, String name, String regionName) {}
}
