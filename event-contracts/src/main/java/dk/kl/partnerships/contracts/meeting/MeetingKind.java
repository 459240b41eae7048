package dk.kl.partnerships.contracts.meeting;

/** The kinds of meeting a programme holds. */
public enum MeetingKind {
    /** Full-day theme meeting of one network. */
    THEME_DAY,
    /** Mutual visit hosted by one municipality of a network. */
    MUNICIPALITY_VISIT,
    /** Seminar across the networks of a programme; politicians may attend. */
    CROSS_NETWORK_SEMINAR,
    /** Kick-off seminar of a programme. */
    KICKOFF,
    /** Stakeholder follow-up group, twice a year. */
    FOLLOW_UP_GROUP,
    /** Theme meeting or conference open to anyone, possibly with a fee per participant. */
    OPEN_THEME_MEETING
}
