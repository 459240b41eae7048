/** Quality frameworks (pejlemærker): versioned dimensions, indicators and key figures, and how answers are scored. */
package dk.kl.partnerships.evaluation.framework;
