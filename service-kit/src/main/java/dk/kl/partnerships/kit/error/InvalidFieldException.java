package dk.kl.partnerships.kit.error;

import java.util.List;

/** Request fields that are well-formed but not acceptable, e.g. a focus area the programme does not offer. */
public class InvalidFieldException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidFieldException(List<FieldProblem> problems) {
        super(problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One refused field, named by its JSON path ({@code lines[0].price}). */
    public record FieldProblem(String field, String message) {}
}
