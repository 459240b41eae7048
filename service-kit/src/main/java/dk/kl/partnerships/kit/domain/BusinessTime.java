package dk.kl.partnerships.kit.domain;

import java.time.ZoneId;

/**
 * The platform's one time zone. Business dates (issue and due dates, deadlines, meeting days) are
 * Danish dates, and meetings are planned in Danish time unless they say otherwise.
 */
public final class BusinessTime {

    /** The zone's id, for annotations, which need a constant. */
    public static final String ZONE_ID = "Europe/Copenhagen";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private BusinessTime() {}
}
