package dk.kl.partnerships.web.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document from the API (an e-invoice, a chart): its bytes and media type. */
public record Download(byte[] content, MediaType mediaType) {

    /** The document as a download saved under the given file name. */
    public ResponseEntity<byte[]> asAttachment(String filename) {
        return ResponseEntity.ok()
                .contentType(mediaType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(content);
    }
}
