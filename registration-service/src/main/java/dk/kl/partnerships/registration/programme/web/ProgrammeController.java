package dk.kl.partnerships.registration.programme.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import dk.kl.partnerships.registration.programme.ProgrammeStatus;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammePlanning programmes;

    ProgrammeController(ProgrammePlanning programmes) {
        this.programmes = programmes;
    }

    @PostMapping
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<ProgrammeResponse> create(@Valid @RequestBody ProgrammeRequest request) {
        Programme programme = programmes.create(request.terms(), request.frameworkKey());
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .body(ProgrammeResponse.of(programme));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ProgrammeResponse revise(@PathVariable String id, @Valid @RequestBody ProgrammeRequest request) {
        return ProgrammeResponse.of(programmes.revise(id, request.terms(), request.frameworkKey()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ProgrammeResponse publish(@PathVariable String id) {
        return ProgrammeResponse.of(programmes.publish(id));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ProgrammeResponse complete(@PathVariable String id) {
        return ProgrammeResponse.of(programmes.complete(id));
    }

    @GetMapping
    PageResponse<ProgrammeResponse> list(
            Caller caller,
            @RequestParam(required = false) ProgrammeStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                programmes.list(caller, status, PageResponse.request(page, size, Sort.by("terms.startsOn", "_id"))),
                ProgrammeResponse::of);
    }

    @GetMapping("/{id}")
    ProgrammeResponse get(Caller caller, @PathVariable String id) {
        return ProgrammeResponse.of(programmes.get(caller, id));
    }
}
