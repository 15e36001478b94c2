/** Who may do what: roles, and the principal a request acts as (its role and its highest TLP). */
package io.ascribe.access;
