/**
 * Reading the small tab-separated tables the extractors and the engine ship as class resources
 * (cue words, infrastructure suffixes): {@link io.ascribe.table.TsvTable}.
 */
package io.ascribe.table;
