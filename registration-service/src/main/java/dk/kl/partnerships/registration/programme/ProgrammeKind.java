package dk.kl.partnerships.registration.programme;

import java.math.BigDecimal;
import java.util.List;

/** A two-year partnership or a twelve-month network; each has its default instalment plan. */
public enum ProgrammeKind {

    /** Invoiced in two equal instalments: at joining and twelve months later. */
    PARTNERSHIP(List.of(new Instalment(0, new BigDecimal("0.50")), new Instalment(12, new BigDecimal("0.50")))),
    /** Invoiced in one instalment at joining. */
    NETWORK(List.of(new Instalment(0, BigDecimal.ONE.setScale(2))));

    private final List<Instalment> defaultInstalments;

    ProgrammeKind(List<Instalment> defaultInstalments) {
        this.defaultInstalments = defaultInstalments;
    }

    public List<Instalment> defaultInstalments() {
        return defaultInstalments;
    }
}
