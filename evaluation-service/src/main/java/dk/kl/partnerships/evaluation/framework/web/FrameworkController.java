package dk.kl.partnerships.evaluation.framework.web;

import dk.kl.partnerships.evaluation.framework.Dimension;
import dk.kl.partnerships.evaluation.framework.FrameworkAuthoring;
import dk.kl.partnerships.evaluation.framework.FrameworkContent;
import dk.kl.partnerships.evaluation.framework.KeyFigure;
import dk.kl.partnerships.evaluation.framework.QualityFramework;
import dk.kl.partnerships.kit.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Quality frameworks (pejlemærker): anyone reads them, KL defines them. */
@RestController
class FrameworkController {

    private final FrameworkAuthoring frameworks;

    FrameworkController(FrameworkAuthoring frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/api/frameworks")
    PageResponse<FrameworkResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                frameworks.list(
                        PageResponse.request(page, size, Sort.by("key").and(Sort.by(Sort.Direction.DESC, "version")))),
                FrameworkResponse::of);
    }

    /** A new framework (version 1), or the next version of an existing one. */
    @PostMapping("/api/frameworks")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ResponseEntity<FrameworkResponse> create(@Valid @RequestBody FrameworkRequest request) {
        QualityFramework framework = frameworks.create(request.key(), request.content());
        return ResponseEntity.created(
                        URI.create("/api/frameworks/" + framework.key() + "/versions/" + framework.version()))
                .body(FrameworkResponse.of(framework));
    }

    @GetMapping("/api/frameworks/{key}")
    FrameworkResponse latest(@PathVariable String key) {
        return FrameworkResponse.of(frameworks.latest(key));
    }

    @GetMapping("/api/frameworks/{key}/versions/{version}")
    FrameworkResponse version(@PathVariable String key, @PathVariable int version) {
        return FrameworkResponse.of(frameworks.get(key, version));
    }

    /** Revises a version no self-evaluation uses yet (409 once one does). */
    @PutMapping("/api/frameworks/{key}/versions/{version}")
    @PreAuthorize("hasRole('KL_ADMIN')")
    FrameworkResponse revise(
            @PathVariable String key, @PathVariable int version, @Valid @RequestBody FrameworkRequest request) {
        return FrameworkResponse.of(frameworks.revise(key, version, request.content()));
    }

    record FrameworkRequest(
            @NotBlank
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,59}", message = "must be lower-case letters, digits and hyphens")
            String key,

            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String area,
            @Size(max = 30) List<Dimension> dimensions,
            @Size(max = 30) List<KeyFigure> keyFigures,
            @Size(max = 500) Map<String, String> previousIndicators) {

        FrameworkContent content() {
            return new FrameworkContent(title.trim(), area, dimensions, keyFigures, previousIndicators);
        }
    }

    record FrameworkResponse(
            String key,
            int version,
            String title,
            String area,
            boolean inUse,
            Instant createdAt,
            List<Dimension> dimensions,
            List<KeyFigure> keyFigures,
            Map<String, String> previousIndicators) {

        static FrameworkResponse of(QualityFramework framework) {
            FrameworkContent content = framework.content();
            return new FrameworkResponse(
                    framework.key(),
                    framework.version(),
                    content.title(),
                    content.area(),
                    framework.inUse(),
                    framework.createdAt(),
                    content.dimensions(),
                    content.keyFigures(),
                    content.previousIndicators());
        }
    }
}
