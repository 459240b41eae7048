package dk.kl.partnerships.billing.einvoice;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2025_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The official Peppol BIS Billing 3.0 validation artefacts (release 2025.5), as the phive rules
 * library packages them: the UBL 2.1 schema, then the CEN EN 16931 UBL schematron
 * ({@code CEN-EN16931-UBL.sch}) and the Peppol schematron ({@code PEPPOL-EN16931-UBL.sch}, which
 * holds the Danish {@code DK-R-*} rules), run in that order as an access point runs them.
 */
public final class PeppolRules {

    private static final ValidationExecutorSetRegistry<IValidationSourceXML> REGISTRY = registry();

    private PeppolRules() {}

    /** A finding: the rule's id (e.g. {@code DK-R-005}), whether it is fatal, and its text. */
    public record Finding(String rule, boolean fatal, String text, String location) {

        @Override
        public String toString() {
            return (fatal ? "fatal " : "warning ") + rule + " at " + location + ": " + text;
        }
    }

    public static List<Finding> invoice(byte[] xml) {
        return validate(PeppolValidation2025_05.VID_OPENPEPPOL_INVOICE_UBL_V3, xml);
    }

    public static List<Finding> creditNote(byte[] xml) {
        return validate(PeppolValidation2025_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3, xml);
    }

    public static List<Finding> fatal(List<Finding> findings) {
        return findings.stream().filter(Finding::fatal).toList();
    }

    private static List<Finding> validate(DVRCoordinate rules, byte[] xml) {
        IValidationExecutorSet<IValidationSourceXML> set = REGISTRY.getOfID(rules);
        if (set == null) {
            throw new IllegalStateException("No Peppol validation artefacts for " + rules);
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(),
                set,
                ValidationSourceXML.create(new ReadableResourceByteArray("document.xml", xml)),
                Locale.ENGLISH);
        List<Finding> findings = new ArrayList<>();
        results.forEachFlattened(error -> findings.add(finding(error)));
        return findings;
    }

    private static Finding finding(IError error) {
        return new Finding(
                error.getErrorID(), error.isError(), error.getErrorText(Locale.ENGLISH), error.getErrorFieldName());
    }

    private static ValidationExecutorSetRegistry<IValidationSourceXML> registry() {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        EN16931Validation.initEN16931(registry);
        PeppolValidation.initStandard(registry);
        return registry;
    }
}
