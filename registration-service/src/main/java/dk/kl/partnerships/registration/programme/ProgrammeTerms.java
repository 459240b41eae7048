package dk.kl.partnerships.registration.programme;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What a programme offers and costs: everything KL decides before publishing it. Made only valid:
 * a period that ends after it starts, an interest deadline before the approval deadline, an exact
 * price, shares adding up to the whole price, distinct focus areas, sensible limits.
 */
public record ProgrammeTerms(
        ProgrammeKind kind,
        String title,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        BigDecimal price,
        BigDecimal vatRate,
        List<Instalment> instalments,
        List<String> focusAreas,
        int maxParticipants,
        int maxPoliticians,
        LocalDate interestDeadline,
        LocalDate approvalDeadline,
        int minNetworkSize,
        int maxNetworkSize) {

    public static final BigDecimal DEFAULT_VAT_RATE = new BigDecimal("25.00");
    public static final int DEFAULT_MAX_PARTICIPANTS = 5;
    public static final int DEFAULT_MAX_POLITICIANS = 2;
    public static final int DEFAULT_MIN_NETWORK_SIZE = 4;
    public static final int DEFAULT_MAX_NETWORK_SIZE = 10;

    public ProgrammeTerms {
        instalments = instalments == null || instalments.isEmpty()
                ? kind == null ? List.of() : kind.defaultInstalments()
                : List.copyOf(instalments);
        focusAreas = focusAreas == null
                ? List.of()
                : focusAreas.stream().map(String::trim).toList();
        vatRate = vatRate == null ? DEFAULT_VAT_RATE : vatRate;
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "is required"));
        }
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            problems.add(new FieldProblem("endsOn", "must be after startsOn"));
        }
        if (price == null || price.signum() <= 0 || price.scale() > 2) {
            problems.add(new FieldProblem("price", "must be above 0 with at most 2 decimals"));
        }
        if (vatRate.signum() < 0 || vatRate.compareTo(new BigDecimal("100")) > 0 || vatRate.scale() > 2) {
            problems.add(new FieldProblem("vatRate", "must be a percentage from 0 to 100 with at most 2 decimals"));
        }
        checkInstalments(instalments, problems);
        checkFocusAreas(focusAreas, problems);
        if (maxParticipants < 1 || maxParticipants > 50) {
            problems.add(new FieldProblem("maxParticipants", "must be between 1 and 50"));
        }
        if (maxPoliticians < 0 || maxPoliticians > 20) {
            problems.add(new FieldProblem("maxPoliticians", "must be between 0 and 20"));
        }
        if (interestDeadline == null || approvalDeadline == null || approvalDeadline.isBefore(interestDeadline)) {
            problems.add(new FieldProblem("approvalDeadline", "must be on or after interestDeadline"));
        }
        if (minNetworkSize < 2 || maxNetworkSize < minNetworkSize || maxNetworkSize > 50) {
            problems.add(new FieldProblem("networkSize", "must be a range from at least 2 to at most 50"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        price = price.setScale(2);
        vatRate = vatRate.setScale(2);
    }

    private static void checkInstalments(List<Instalment> instalments, List<FieldProblem> problems) {
        BigDecimal total = BigDecimal.ZERO;
        int previousOffset = -1;
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            if (instalment.share() == null
                    || instalment.share().signum() <= 0
                    || instalment.share().scale() > 2) {
                problems.add(
                        new FieldProblem("instalments[" + i + "].share", "must be above 0 with at most 2 decimals"));
            } else {
                total = total.add(instalment.share());
            }
            if (instalment.dueOffsetMonths() <= previousOffset) {
                problems.add(new FieldProblem(
                        "instalments[" + i + "].dueOffsetMonths",
                        "must be 0 or more and later than the previous instalment's"));
            }
            previousOffset = instalment.dueOffsetMonths();
        }
        if (!instalments.isEmpty() && total.compareTo(BigDecimal.ONE) != 0) {
            problems.add(new FieldProblem("instalments", "shares must add up to 1.00, not " + total));
        }
        if (instalments.isEmpty()) {
            problems.add(new FieldProblem("instalments", "must not be empty"));
        }
    }

    private static void checkFocusAreas(List<String> focusAreas, List<FieldProblem> problems) {
        if (focusAreas.isEmpty() || focusAreas.size() > 20) {
            problems.add(new FieldProblem("focusAreas", "must list 1 to 20 focus areas"));
        }
        if (focusAreas.stream().anyMatch(String::isBlank)) {
            problems.add(new FieldProblem("focusAreas", "must not contain blank entries"));
        }
        if (new HashSet<>(focusAreas).size() != focusAreas.size()) {
            problems.add(new FieldProblem("focusAreas", "must not repeat a focus area"));
        }
    }
}
