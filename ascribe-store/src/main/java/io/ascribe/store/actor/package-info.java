/**
 * Actor pages over the store: {@link io.ascribe.store.actor.ActorOverviews} puts together what an
 * analyst opening an actor expects (description and references with their sources, targeted
 * countries and sectors by source, first and last seen with what each comes from, the public
 * claims naming it, the closest actors) and compares two actors, always at one reader's clearance.
 * {@link io.ascribe.store.actor.ActorNames} turns a typed name into one actor or says why not.
 */
package io.ascribe.store.actor;
