package io.ascribe.attribution;

import java.util.function.IntFunction;

/**
 * What one context item (an indicator, a victim, a tool seen in the corpus) adds to each actor's
 * log-odds, computed once per case, and the reason for one actor, written only for the actors shown.
 *
 * @param weights the log-likelihood ratio per candidate actor, in corpus order
 * @param reason the explanation for an actor's weight ("seen in 2 reports on APT28, ...")
 */
record ContextWeights(double[] weights, IntFunction<String> reason) {}
