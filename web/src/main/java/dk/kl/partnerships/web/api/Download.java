package dk.kl.partnerships.web.api;

import org.springframework.http.MediaType;

/** A document from the API (an e-invoice, a chart): its bytes and media type. */
public record Download(byte[] content, MediaType mediaType) {}
