/**
 * Near-duplicate wire copies of one story (the same article on many sites) grouped into stories,
 * so a ledger can count a claim once per story rather than once per copy: MinHash signatures over
 * word shingles ({@link io.ascribe.spark.dedupe.MinHasher}), cut into bands whose buckets are
 * compared inside (one shuffle), and the links joined into stories on the driver ({@link
 * io.ascribe.spark.dedupe.StoryGroups}).
 */
package io.ascribe.spark.dedupe;
