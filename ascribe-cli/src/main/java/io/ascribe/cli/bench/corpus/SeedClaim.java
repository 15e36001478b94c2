package io.ascribe.cli.bench.corpus;

import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;

/**
 * A labelled claim to expand from: who claimed what about whom, without the sentence that says it.
 *
 * @param claimantCountry ISO alpha-2 (or EU), or null
 * @param accusedCountry ISO alpha-2, or null
 * @param threatActor a named group, or null
 * @param target the victim or incident, or null
 */
public record SeedClaim(ClaimType type, ClaimForm form, String claimant, String claimantCountry, String accused,
    String accusedCountry, String threatActor, String target) {}
