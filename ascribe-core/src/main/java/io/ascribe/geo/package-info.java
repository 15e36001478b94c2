/** Geography helpers: country names and codes as sources write them, mapped to ISO 3166. */
package io.ascribe.geo;
