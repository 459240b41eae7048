package dk.kl.partnerships.evaluation.framework;

import java.util.List;

/**
 * One statement a municipality scores itself on, 1 to 5; {@code levels} describes each score, the
 * first for 1.
 */
public record Indicator(String key, String text, List<String> levels) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public Indicator {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
