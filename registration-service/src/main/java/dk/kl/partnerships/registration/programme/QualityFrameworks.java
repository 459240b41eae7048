package dk.kl.partnerships.registration.programme;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quality frameworks a programme can be evaluated against when it is created, and the one each
 * theme gets when KL names none. The frameworks themselves are authored in evaluation-service; KL
 * can move a programme to another framework there.
 *
 * @param known    the keys of the platform's frameworks
 * @param byTheme  the default framework per programme theme (theme compared without case)
 * @param fallback the default for a theme not in {@code byTheme}
 */
@ConfigurationProperties("partnerships.registration.frameworks")
public record QualityFrameworks(List<String> known, Map<String, String> byTheme, String fallback) {

    public QualityFrameworks {
        known = known == null || known.isEmpty() ? List.of("dagtilbud", "sfo-klub") : List.copyOf(known);
        byTheme = byTheme == null ? Map.of("SFO og klub", "sfo-klub") : Map.copyOf(byTheme);
        fallback = fallback == null ? "dagtilbud" : fallback;
        if (!known.contains(fallback) || !known.containsAll(byTheme.values())) {
            throw new IllegalArgumentException("Every default framework must be one of the known frameworks " + known);
        }
    }

    /** The framework KL chose, or the theme's default when it chose none. */
    public String choose(String frameworkKey, String theme) {
        if (frameworkKey == null || frameworkKey.isBlank()) {
            return defaultFor(theme);
        }
        if (!known.contains(frameworkKey)) {
            throw new InvalidFieldException("frameworkKey", "must be one of the quality frameworks " + known);
        }
        return frameworkKey;
    }

    String defaultFor(String theme) {
        if (theme != null) {
            String wanted = theme.strip().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> entry : byTheme.entrySet()) {
                if (entry.getKey().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return entry.getValue();
                }
            }
        }
        return fallback;
    }
}
