package dk.kl.partnerships.registration.enrolment;

import java.util.EnumSet;
import java.util.Set;

/**
 * INTEREST_DECLARED (or DECLINED) → ALIGNED (optional) → JOINED on council approval → WITHDRAWN or
 * COMPLETED.
 */
public enum EnrolmentState {
    INTEREST_DECLARED,
    DECLINED,
    ALIGNED,
    JOINED,
    WITHDRAWN,
    COMPLETED;

    static final Set<EnrolmentState> AWAITING_APPROVAL = EnumSet.of(INTEREST_DECLARED, ALIGNED);
    /** Answered, and the answer may still change: the council's approval is not yet recorded. */
    static final Set<EnrolmentState> ANSWER_OPEN = EnumSet.of(DECLINED, INTEREST_DECLARED, ALIGNED);

    static final Set<EnrolmentState> ACTIVE = EnumSet.of(INTEREST_DECLARED, ALIGNED, JOINED);
}
