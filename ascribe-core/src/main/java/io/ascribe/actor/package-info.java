/**
 * What an actor page shows beyond the knowledge base's profile, computed over the engine's view of
 * each actor ({@link io.ascribe.attribution.AttributionCorpus.Actor} facts), so that facts other
 * sources add (victims from ATT&amp;CK descriptions, the analyst's corpus) show up without more work.
 *
 * <p>{@link io.ascribe.actor.Victimology} groups an actor's targeted countries and sectors by
 * where each comes from; {@link io.ascribe.actor.ActorComparison} sets two actors side by side,
 * kind by kind, with how many actors share each item; {@link io.ascribe.actor.VisibleFacts} drops
 * corpus facts whose document a reader may not see before either is computed.
 */
package io.ascribe.actor;
