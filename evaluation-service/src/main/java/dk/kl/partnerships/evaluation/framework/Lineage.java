package dk.kl.partnerships.evaluation.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of a framework up to a target, so that scores given under an older version can be
 * read in the target's terms: an indicator carries its score forward through each version's
 * {@code previousIndicators}; an indicator without a continuation drops out.
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
                        next.previousIndicators().entrySet()) {
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
}
