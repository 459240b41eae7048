package dk.kl.partnerships.kit.sample;

import dk.kl.partnerships.kit.web.PageResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of the sample service that take dates and pages, for the kit's request-bounds tests. */
@RestController
class BoundsController {

    record Dated(LocalDate on, LocalDateTime at) {}

    @PostMapping("/api/dated")
    Dated dated(@RequestBody Dated body) {
        return body;
    }

    @GetMapping("/api/dated")
    Map<String, Object> since(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        return Map.of("from", from.toString());
    }

    @GetMapping("/api/listed")
    PageResponse<String> listed(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageRequest request = PageResponse.request(page, size, Sort.unsorted());
        return PageResponse.of(new PageImpl<>(List.<String>of(), request, 0), item -> item);
    }
}
