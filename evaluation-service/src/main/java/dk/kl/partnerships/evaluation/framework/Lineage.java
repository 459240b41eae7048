package dk.kl.partnerships.evaluation.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The versions of a framework up to a target, so that scores given under an older version can be
 * read in the target's terms: an indicator carries its score forward through each version, to the
 * indicator that {@code previousIndicators} says continues it, or else to the indicator under the
 * same key; an indicator without a continuation drops out.
 */
public final class Lineage {

    private final Map<Integer, FrameworkContent> versions = new LinkedHashMap<>();
    private final int target;

    Lineage(List<QualityFramework> upToTarget) {
        upToTarget.forEach(framework -> versions.put(framework.version(), framework.content()));
        this.target = upToTarget.get(upToTarget.size() - 1).version();
    }

    public int targetVersion() {
        return target;
    }

    public FrameworkContent target() {
        return versions.get(target);
    }

    /** Scores by indicator under version {@code from}, as scores by indicator of the target version. */
    public Map<String, Integer> translate(int from, Map<String, Integer> scores) {
        if (from > target) {
            throw new IllegalArgumentException("Version " + from + " is newer than the target " + target);
        }
        Map<String, Integer> current = scores;
        for (int version = from + 1; version <= target; version++) {
            FrameworkContent next = versions.get(version);
            Map<String, Integer> carried = new LinkedHashMap<>();
            if (next != null) {
                for (Map.Entry<String, String> continuation :
                        continuations(next).entrySet()) {
                    Integer score = current.get(continuation.getValue());
                    if (score != null) {
                        carried.put(continuation.getKey(), score);
                    }
                }
            }
            current = carried;
        }
        return current;
    }

    /**
     * Which indicator of the previous version each indicator of this one continues: the one its
     * {@code previousIndicators} names, or else the one under its own key, unless that one is named
     * as continued by another.
     */
    private static Map<String, String> continuations(FrameworkContent version) {
        Map<String, String> explicit = version.previousIndicators();
        Set<String> claimed = Set.copyOf(explicit.values());
        Map<String, String> continuations = new LinkedHashMap<>();
        for (Indicator indicator : version.indicators()) {
            String key = indicator.key();
            if (explicit.containsKey(key)) {
                continuations.put(key, explicit.get(key));
            } else if (!claimed.contains(key)) {
                continuations.put(key, key);
            }
        }
        return continuations;
    }
}
