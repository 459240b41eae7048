package dk.kl.partnerships.evaluation.framework;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a version of a quality framework says: its dimensions with their indicators, key figures,
 * and for each indicator that continues one of the previous version, which one
 * ({@code previousIndicators}: this version's key → the previous version's key).
 */
public record FrameworkContent(
        String title,
        String area,
        List<Dimension> dimensions,
        List<KeyFigure> keyFigures,
        Map<String, String> previousIndicators) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public FrameworkContent {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
        previousIndicators = previousIndicators == null ? Map.of() : Map.copyOf(previousIndicators);
    }

    public List<Indicator> indicators() {
        return dimensions.stream().flatMap(d -> d.indicators().stream()).toList();
    }

    public boolean hasIndicator(String key) {
        return indicators().stream().anyMatch(i -> i.key().equals(key));
    }

    /**
     * Every rule of a well-formed framework, with the field of each problem; {@code previous} is the
     * version this one follows, or null for a first version.
     */
    void validate(FrameworkContent previous) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "must not be blank"));
        }
        if (dimensions.isEmpty()) {
            problems.add(new FieldProblem("dimensions", "must have at least one dimension"));
        }
        Set<String> dimensionKeys = new HashSet<>();
        Set<String> indicatorKeys = new HashSet<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            String path = "dimensions[" + d + "]";
            key(dimension.key(), path + ".key", dimensionKeys, problems);
            text(dimension.name(), path + ".name", problems);
            if (dimension.indicators().isEmpty()) {
                problems.add(new FieldProblem(path + ".indicators", "must have at least one indicator"));
            }
            for (int i = 0; i < dimension.indicators().size(); i++) {
                Indicator indicator = dimension.indicators().get(i);
                String indicatorPath = path + ".indicators[" + i + "]";
                key(indicator.key(), indicatorPath + ".key", indicatorKeys, problems);
                text(indicator.text(), indicatorPath + ".text", problems);
                if (indicator.levels().size() != Indicator.MAX_SCORE
                        || indicator.levels().stream().anyMatch(level -> level == null || level.isBlank())) {
                    problems.add(new FieldProblem(
                            indicatorPath + ".levels", "must describe each of the scores 1 to 5 (five texts)"));
                }
            }
        }
        Set<String> figureKeys = new HashSet<>();
        for (int k = 0; k < keyFigures.size(); k++) {
            KeyFigure figure = keyFigures.get(k);
            String path = "keyFigures[" + k + "]";
            key(figure.key(), path + ".key", figureKeys, problems);
            text(figure.name(), path + ".name", problems);
            text(figure.unit(), path + ".unit", problems);
            if (figure.min() == null || figure.max() == null || figure.min().compareTo(figure.max()) >= 0) {
                problems.add(new FieldProblem(path + ".max", "must be above min"));
            }
        }
        previousIndicators.forEach((current, earlier) -> {
            if (!indicatorKeys.contains(current)) {
                problems.add(new FieldProblem("previousIndicators." + current, "is not an indicator of this version"));
            } else if (previous == null) {
                problems.add(new FieldProblem("previousIndicators." + current, "a first version has no previous one"));
            } else if (!previous.hasIndicator(earlier)) {
                problems.add(new FieldProblem(
                        "previousIndicators." + current, earlier + " is not an indicator of the previous version"));
            }
        });
        if (new HashSet<>(previousIndicators.values()).size() < previousIndicators.size()) {
            problems.add(new FieldProblem("previousIndicators", "each previous indicator continues at most once"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private static void key(String key, String field, Set<String> seen, List<FieldProblem> problems) {
        if (key == null || !KEY.matcher(key).matches()) {
            problems.add(new FieldProblem(field, "must be lower-case letters, digits and hyphens"));
        } else if (!seen.add(key)) {
            problems.add(new FieldProblem(field, "is used twice: " + key));
        }
    }

    private static void text(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        }
    }
}
