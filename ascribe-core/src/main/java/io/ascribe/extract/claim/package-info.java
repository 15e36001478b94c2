/**
 * Public claims in text: {@link io.ascribe.extract.claim.ClaimExtractor} finds attributions,
 * denials and counter-accusations about cyber attacks, each with claimant, accused, form, date and
 * the verbatim sentence.
 */
package io.ascribe.extract.claim;
