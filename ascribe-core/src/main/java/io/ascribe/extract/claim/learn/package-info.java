/**
 * The learned part of claim reading: labelled article sets, candidate claim frames with their
 * features, and the linear scorer (with its trainer) that decides which frames are claims.
 */
package io.ascribe.extract.claim.learn;
