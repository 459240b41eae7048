/** HTTP plumbing: problem+json errors, idempotency keys, pages, OpenAPI. */
package dk.kl.partnerships.kit.web;
