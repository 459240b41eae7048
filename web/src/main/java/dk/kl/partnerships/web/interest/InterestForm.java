package dk.kl.partnerships.web.interest;

import java.util.ArrayList;
import java.util.List;

/** The answer to a programme's invitation: yes with 1–3 focus areas in ranked order, or no. */
public class InterestForm {

    static final int RANKS = 3;

    private Boolean interested;
    private List<String> focusAreas = new ArrayList<>(List.of("", "", ""));

    public Boolean getInterested() {
        return interested;
    }

    public void setInterested(Boolean interested) {
        this.interested = interested;
    }

    public List<String> getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(List<String> focusAreas) {
        this.focusAreas = focusAreas;
    }

    /** The ranked areas chosen, without empty ranks; none for a no. */
    public List<String> chosen() {
        if (!Boolean.TRUE.equals(interested)) {
            return List.of();
        }
        return focusAreas.stream().filter(a -> a != null && !a.isBlank()).toList();
    }
}
