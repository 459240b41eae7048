package dk.kl.partnerships.billing.pdf;

/** Where the announced documents are kept. */
public interface IssuedDocumentRepository {

    boolean exists(String id);

    /**
     * Stores the document together with its event, unless a document with its id is stored already.
     *
     * @return whether it was stored (false: it had been announced before)
     */
    boolean insertOnce(IssuedDocument document);
}
