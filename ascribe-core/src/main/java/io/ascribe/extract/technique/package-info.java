/**
 * ATT&CK techniques in documents, found two ways.
 *
 * <ul>
 *   <li>{@link io.ascribe.extract.technique.TechniqueMentions} finds techniques cited by id or
 *       named, with supporting sentences.
 *   <li>{@link io.ascribe.extract.technique.TechniqueModel} finds techniques described in prose:
 *       a sentence-level linear classifier trained by {@link
 *       io.ascribe.extract.technique.TechniqueClassifier} on annotated reports ({@link
 *       io.ascribe.extract.technique.TramReports}) and ATT&CK procedure examples ({@link
 *       io.ascribe.extract.technique.ProcedureExamples}), saved and loaded as one compact file.
 *       {@link io.ascribe.extract.technique.TechniqueMentions#merge} joins both results.
 * </ul>
 *
 * <p>{@link io.ascribe.extract.technique.TechniqueBenchmark} measures the classifier and the
 * mention baseline by report-disjoint cross-validation. The machinery (tokens and their
 * placeholders, feature hashing, TF-IDF, the SVM solver, threshold choice) is package-private.
 */
package io.ascribe.extract.technique;
