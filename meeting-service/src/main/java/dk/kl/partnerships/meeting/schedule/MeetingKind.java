package dk.kl.partnerships.meeting.schedule;

/** The kinds of meeting a programme holds, and who may come. */
public enum MeetingKind {
    /** Full-day theme meeting of one network. */
    THEME_DAY(true, false, false),
    /** Mutual visit hosted by one municipality of a network. */
    MUNICIPALITY_VISIT(true, false, false),
    /** Seminar across a programme's networks; politicians may come. */
    CROSS_NETWORK_SEMINAR(false, true, false),
    /** Kick-off seminar of a programme; politicians may come. */
    KICKOFF(false, true, false),
    /** Stakeholder follow-up group, twice a year; outside stakeholders come as guests. */
    FOLLOW_UP_GROUP(false, false, false),
    /**
     * Theme meeting or conference that any municipality may send people to, and KL may sign outside
     * guests up for, possibly for a fee.
     */
    OPEN_THEME_MEETING(false, true, true);

    private final boolean ofNetwork;
    private final boolean politiciansWelcome;
    private final boolean openToAll;

    MeetingKind(boolean ofNetwork, boolean politiciansWelcome, boolean openToAll) {
        this.ofNetwork = ofNetwork;
        this.politiciansWelcome = politiciansWelcome;
        this.openToAll = openToAll;
    }

    public boolean ofNetwork() {
        return ofNetwork;
    }

    public boolean politiciansWelcome() {
        return politiciansWelcome;
    }

    public boolean openToAll() {
        return openToAll;
    }

    public boolean mayCharge() {
        return openToAll;
    }

    /** Whether KL may sign outside guests up: open meetings and the follow-up group. */
    public boolean guestsWelcome() {
        return openToAll || this == FOLLOW_UP_GROUP;
    }
}
