package dk.kl.partnerships.evaluation.framework;

import java.util.List;

/** A dimension of quality (e.g. professional leadership) and the indicators that measure it. */
public record Dimension(String key, String name, List<Indicator> indicators) {

    public Dimension {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
