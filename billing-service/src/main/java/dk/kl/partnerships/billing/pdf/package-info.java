/** Invoices and credit notes as PDF documents a person reads: Danish, with every field §58 of momsbekendtgørelsen asks for. */
package dk.kl.partnerships.billing.pdf;
