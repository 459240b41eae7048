package dk.kl.partnerships.registration.network;

import java.util.ArrayList;
import java.util.List;

/** A confirmed group of municipalities inside a programme. */
public record Network(String id, String name, List<String> municipalityCodes, List<String> focusAreas) {

    public Network {
        municipalityCodes = List.copyOf(municipalityCodes);
        focusAreas = List.copyOf(focusAreas);
    }

    public boolean has(String municipalityCode) {
        return municipalityCodes.contains(municipalityCode);
    }

    public int size() {
        return municipalityCodes.size();
    }

    Network with(String municipalityCode) {
        List<String> codes = new ArrayList<>(municipalityCodes);
        codes.add(municipalityCode);
        return new Network(id, name, codes, focusAreas);
    }

    Network without(String municipalityCode) {
        List<String> codes = new ArrayList<>(municipalityCodes);
        codes.remove(municipalityCode);
        return new Network(id, name, codes, focusAreas);
    }
}
