package dk.kl.partnerships.registration.network;

/**
 * The sizes a programme's networks may have, for the number of municipalities that joined: the
 * programme's bounds whenever the municipalities can be split into networks within them. When they
 * cannot (11 with bounds 6 to 10: one network is too large, two are too small), the bounds widen
 * by the least that makes a split possible, so that what the platform proposes, KL can confirm.
 */
record NetworkSizes(int members, int minSize, int maxSize, int widenedBy) {

    static NetworkSizes of(int members, int minSize, int maxSize) {
        int least = Integer.MAX_VALUE;
        for (int count = 1; count <= Math.max(1, members); count++) {
            least = Math.min(least, shortfall(members, count, minSize, maxSize));
        }
        return new NetworkSizes(members, minSize, maxSize, least);
    }

    int smallest() {
        return minSize - widenedBy;
    }

    int largest() {
        return maxSize + widenedBy;
    }

    boolean widened() {
        return widenedBy > 0;
    }

    boolean allows(int size) {
        return size >= smallest() && size <= largest();
    }

    /** How far a network of this size is outside the sizes: 0 when they allow it. */
    int distance(int size) {
        return Math.max(0, Math.max(smallest() - size, size - largest()));
    }

    /** Whether the members split into this many networks of nearly equal size that the sizes allow. */
    boolean allowsCount(int count) {
        return shortfall(members, count, minSize, maxSize) <= widenedBy;
    }

    /** How far the sizes of {@code count} networks of nearly equal size fall outside the bounds. */
    private static int shortfall(int members, int count, int minSize, int maxSize) {
        int small = members / count;
        int large = small + (members % count == 0 ? 0 : 1);
        return Math.max(0, Math.max(minSize - small, large - maxSize));
    }
}
