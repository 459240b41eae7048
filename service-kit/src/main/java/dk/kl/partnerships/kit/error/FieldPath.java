package dk.kl.partnerships.kit.error;

import tools.jackson.core.JacksonException;

/** Where in a JSON document a reading problem is, as a client names a field: {@code billing.ean}, {@code participantIds[1]}. */
public final class FieldPath {

    private FieldPath() {}

    /** The path of the field the problem is at; empty at the top of the document. */
    public static String of(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
