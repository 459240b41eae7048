package dk.kl.partnerships.kit.logging;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Every text value of a structured (JSON) log line — message, error message, stack trace — is
 * written without e-mail addresses ({@link Redaction}). Named by
 * {@code logging.structured.json.customizer} in the platform's defaults.
 */
public class RedactedJsonLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, Redaction::addresses));
    }
}
