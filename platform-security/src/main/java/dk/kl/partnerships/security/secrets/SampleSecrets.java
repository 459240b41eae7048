package dk.kl.partnerships.security.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.env.PropertyResolver;

/**
 * The known sample values of the platform's secrets and seller data, from
 * {@code known-samples.txt} beside this class — the one list of them — and what a process's
 * configuration holds of them.
 */
public final class SampleSecrets {

    /** The profiles a development or demo run uses; no profile at all is development too. */
    public static final Set<String> DEVELOPMENT_PROFILES = Set.of("demo", "development");

    static final String CATALOGUE = "known-samples.txt";
    private static final String UNSET_IS_SAMPLE = "unset-is-sample";
    private static final String PLACEHOLDER_PREFIX = "replace-with-";
    private static final String PLACEHOLDER_MARK = "change-me";

    /** One known sample: the application whose property may hold it. */
    record Sample(String application, String property, String value, boolean unsetIsSample) {}

    private final List<Sample> samples;

    SampleSecrets(List<Sample> samples) {
        this.samples = List.copyOf(samples);
    }

    /** The platform's list. */
    public static SampleSecrets known() {
        try (InputStream in = SampleSecrets.class.getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is missing beside " + SampleSecrets.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SampleSecrets parse(List<String> lines) {
        List<Sample> samples = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            if (fields.length < 3 || fields.length > 4 || fields.length == 4 && !UNSET_IS_SAMPLE.equals(fields[3])) {
                throw new IllegalStateException(CATALOGUE + ": cannot read the line '" + line + "'");
            }
            samples.add(new Sample(fields[0], fields[1], fields[2], fields.length == 4));
        }
        return new SampleSecrets(samples);
    }

    /** No profile (a developer's or a test run) or only development profiles. */
    public static boolean development(String... activeProfiles) {
        return Arrays.stream(activeProfiles).allMatch(DEVELOPMENT_PROFILES::contains);
    }

    /** Whether the value is a placeholder someone forgot to replace. */
    public static boolean placeholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith(PLACEHOLDER_PREFIX) || lower.contains(PLACEHOLDER_MARK);
    }

    /**
     * What the application's configuration holds of known samples and placeholders, one line per
     * property (the values themselves are never repeated): empty when there is none.
     */
    public List<String> foundIn(String application, PropertyResolver configuration) {
        Set<String> found = new LinkedHashSet<>();
        for (Sample sample : samples) {
            if (!sample.application().equals(application)) {
                continue;
            }
            String value = configuration.getProperty(sample.property());
            if (value == null ? sample.unsetIsSample() : value.equals(sample.value()) || placeholder(value)) {
                found.add(sample.property()
                        + (value == null
                                ? " is not set, so its development sample applies"
                                : " holds a development sample or placeholder"));
            }
        }
        return List.copyOf(found);
    }
}
