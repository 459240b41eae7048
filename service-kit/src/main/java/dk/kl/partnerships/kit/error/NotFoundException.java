package dk.kl.partnerships.kit.error;

/** The resource does not exist, or the caller may not know that it does (another municipality's data). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " was not found");
    }
}
