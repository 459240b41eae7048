package dk.kl.partnerships.evaluation.framework;

import java.math.BigDecimal;

/** A number a municipality may report with its self-evaluation, in a unit and within a valid range. */
public record KeyFigure(String key, String name, String unit, BigDecimal min, BigDecimal max) {

    public boolean accepts(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
