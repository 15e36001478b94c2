/** {@code ascribe incident}: incidents (cases), their evidence, assessments, conclusion and audit log. */
package io.ascribe.cli.incident;
