package dk.kl.partnerships.web.kl.programmes;

import dk.kl.partnerships.web.api.registration.RegistrationApi.Instalment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One instalment as a municipality will be invoiced for it: when (months after joining), its share,
 * and the amounts without and with VAT — each rounded to the øre, the last taking what rounding left
 * over, as billing splits the price.
 */
record InstalmentPreview(int dueOffsetMonths, BigDecimal sharePercent, BigDecimal net, BigDecimal gross) {

    static List<InstalmentPreview> of(Programme programme) {
        List<InstalmentPreview> plan = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        List<Instalment> instalments = programme.instalments();
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            BigDecimal net = i == instalments.size() - 1
                    ? programme.price().subtract(allocated)
                    : programme.price().multiply(instalment.share()).setScale(2, RoundingMode.HALF_UP);
            allocated = allocated.add(net);
            BigDecimal vat = net.multiply(programme.vatRate()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            plan.add(new InstalmentPreview(
                    instalment.dueOffsetMonths(),
                    instalment.share().movePointRight(2).stripTrailingZeros(),
                    net,
                    net.add(vat)));
        }
        return plan;
    }
}
