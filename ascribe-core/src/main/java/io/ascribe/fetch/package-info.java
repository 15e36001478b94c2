/**
 * Fetching URLs safely: {@link io.ascribe.fetch.HttpFetcher} checks every hop against a {@link
 * io.ascribe.fetch.NetworkPolicy} so that private and loopback addresses are only reached when the
 * user allows it.
 */
package io.ascribe.fetch;
