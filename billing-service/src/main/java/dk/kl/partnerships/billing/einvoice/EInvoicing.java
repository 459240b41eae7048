package dk.kl.partnerships.billing.einvoice;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The e-invoice formats on offer; Peppol BIS Billing 3.0 unless another is asked for. */
@Service
public class EInvoicing {

    private final Map<String, EInvoiceFormat> formats;

    EInvoicing(List<EInvoiceFormat> formats) {
        this.formats = formats.stream().collect(Collectors.toMap(EInvoiceFormat::id, Function.identity()));
    }

    public EInvoiceFormat format(String id) {
        EInvoiceFormat format = formats.get(id == null ? PeppolBisBilling3.ID : id);
        if (format == null) {
            throw new InvalidFieldException("format", "must be one of " + formats.keySet());
        }
        return format;
    }
}
