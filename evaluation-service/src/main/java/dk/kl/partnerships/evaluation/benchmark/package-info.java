/** Benchlearning: a municipality's scores beside its network's and programme's, groups too small withheld. */
package dk.kl.partnerships.evaluation.benchmark;
