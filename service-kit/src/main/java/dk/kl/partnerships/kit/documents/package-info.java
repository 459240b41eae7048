/** Documents for people: Danish A4 pages written as XHTML and printed to PDF. */
package dk.kl.partnerships.kit.documents;
