package dk.kl.partnerships.notification.registration;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How far a municipality has come with a programme: what decides who is reminded of what. */
@Document("answers")
record Answer(@Id String id, String programmeId, String municipalityCode, Stage stage) {

    enum Stage {
        INTERESTED,
        DECLINED,
        JOINED,
        WITHDREW;

        /** Later facts win: a declaration delivered again after the joining does not undo it. */
        Stage then(Stage next) {
            return next.ordinal() >= ordinal() || this == INTERESTED || this == DECLINED ? next : this;
        }
    }

    static String id(String programmeId, String municipalityCode) {
        return programmeId + ":" + municipalityCode;
    }
}
