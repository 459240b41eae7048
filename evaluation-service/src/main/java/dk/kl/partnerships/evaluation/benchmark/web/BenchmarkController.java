package dk.kl.partnerships.evaluation.benchmark.web;

import dk.kl.partnerships.evaluation.benchmark.Benchlearning;
import dk.kl.partnerships.evaluation.benchmark.Benchmark;
import dk.kl.partnerships.evaluation.benchmark.BenchmarkChart;
import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.kit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Benchlearning: own scores next to the network's and the programme's, as figures or as a chart. */
@RestController
@PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
class BenchmarkController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

    private final Benchlearning benchmarks;

    BenchmarkController(Benchlearning benchmarks) {
        this.benchmarks = benchmarks;
    }

    @GetMapping("/api/programmes/{programmeId}/benchmarks")
    Benchmark benchmark(
            Caller caller,
            @PathVariable String programmeId,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) Round round) {
        return benchmarks.benchmark(caller, programmeId, municipalityCode, round);
    }

    @GetMapping("/api/programmes/{programmeId}/benchmarks.svg")
    ResponseEntity<String> chart(
            Caller caller,
            @PathVariable String programmeId,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) Round round) {
        Benchmark benchmark = benchmarks.benchmark(caller, programmeId, municipalityCode, round);
        String title =
                "Selvevaluering " + (benchmark.municipalityCode() == null ? "" : benchmark.municipalityCode() + " ")
                        + "(" + benchmark.round() + ")";
        return ResponseEntity.ok().contentType(SVG).body(BenchmarkChart.svg(benchmark, title));
    }
}
