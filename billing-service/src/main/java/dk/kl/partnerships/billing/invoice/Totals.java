package dk.kl.partnerships.billing.invoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Net, VAT and gross of a set of lines; VAT is computed per rate on the rate's net sum, as Peppol BIS does. */
public record Totals(BigDecimal net, BigDecimal vat, BigDecimal gross, Map<BigDecimal, BigDecimal> netByRate) {

    public static Totals of(List<InvoiceLine> lines) {
        Map<BigDecimal, BigDecimal> netByRate = new TreeMap<>();
        for (InvoiceLine line : lines) {
            netByRate.merge(line.vatRate(), line.netAmount(), BigDecimal::add);
        }
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> rate : netByRate.entrySet()) {
            net = net.add(rate.getValue());
            vat = vat.add(Amounts.vat(rate.getValue(), rate.getKey()));
        }
        return new Totals(Amounts.exact(net), Amounts.exact(vat), Amounts.exact(net.add(vat)), Map.copyOf(netByRate));
    }
}
