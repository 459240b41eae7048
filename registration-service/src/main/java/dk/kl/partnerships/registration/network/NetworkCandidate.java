package dk.kl.partnerships.registration.network;

import java.util.List;

/** A joined municipality to be placed in a network: its region and its ranked focus areas. */
record NetworkCandidate(
        String municipalityCode,
        String municipalityName,
        String regionCode,
        String regionName,
        List<String> focusAreas) {

    public NetworkCandidate {
        focusAreas = List.copyOf(focusAreas);
    }

    /** 1 for the first-ranked focus area, 2 for the second, …; 0 when not chosen. */
    int rankOf(String focusArea) {
        return focusAreas.indexOf(focusArea) + 1;
    }
}
