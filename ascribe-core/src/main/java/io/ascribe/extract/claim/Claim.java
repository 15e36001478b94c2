package io.ascribe.extract.claim;

/**
 * One public claim found in a document: who says what about whom, and the sentence that says it.
 *
 * @param type attribution, denial or counter-accusation
 * @param form how the claim was made
 * @param claimant who makes the claim, as the text names them
 * @param claimantCountry ISO alpha-2 (or EU) of the claimant, or null
 * @param accused who is accused; for a denial, the party that denies responsibility
 * @param accusedCountry ISO alpha-2 of the accused; for a denial, the state that denies; null for a
 *     stateless group
 * @param threatActor the threat-actor name the claim is about, when the sentence names one
 * @param target the victim or incident named ("Equifax"), or null
 * @param date ISO date of the claim: a date in the sentence, else the publication date, else null
 * @param evidence the sentence, verbatim
 */
public record Claim(
    ClaimType type,
    ClaimForm form,
    String claimant,
    String claimantCountry,
    String accused,
    String accusedCountry,
    String threatActor,
    String target,
    String date,
    String evidence) {}
