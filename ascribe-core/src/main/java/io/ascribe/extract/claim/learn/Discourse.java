package io.ascribe.extract.claim.learn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who answers whom in one document, read once by {@link DiscourseReader}: the speaker of each
 * sentence, the sentences that respond to an accusation, the accusations with their direction, and
 * which accusation each response answers. The frame generator reads it for features that no single
 * sentence holds.
 *
 * @param speakers for each sentence, the state whose statement it reports (carried over while a
 *     quotation or reported speech goes on), or null
 * @param responders for each sentence that denies, rejects or dismisses, the responding state, else null
 * @param accusations the directed accusations the document tells, in sentence order
 * @param answers each response paired with the accusation it answers
 */
record Discourse(List<String> speakers, List<String> responders, List<Accusation> accusations, List<Answer> answers) {
  Discourse {
    speakers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(speakers));
    responders = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(responders));
    accusations = List.copyOf(accusations);
    answers = List.copyOf(answers);
  }

  /**
   * One accusation: {@code accuser} says {@code accused} did it, told in {@code sentence};
   * {@code embedded} when it is reported inside the accused's response ("rejected the allegation by X").
   */
  record Accusation(String accuser, String accused, int sentence, boolean embedded) {}

  /** A response of {@code responder} in {@code sentence} to {@code answered}. */
  record Answer(String responder, int sentence, Accusation answered) {}

  /** The speaker of sentence {@code i}, or null. */
  String speaker(int i) {
    return i >= 0 && i < speakers.size() ? speakers.get(i) : null;
  }

  /** The responder of sentence {@code i}, or null when it is no response. */
  String responder(int i) {
    return i >= 0 && i < responders.size() ? responders.get(i) : null;
  }

  /** Whether {@code accuser} is told accusing {@code accused} anywhere in the document. */
  boolean accuses(String accuser, String accused) {
    return accusations.stream().anyMatch(a -> a.accuser().equals(accuser) && a.accused().equals(accused));
  }

  /** Whether {@code responder} answers an accusation made by {@code accuser}. */
  boolean answers(String responder, String accuser) {
    return answers.stream().anyMatch(a -> a.responder().equals(responder) && a.answered().accuser().equals(accuser));
  }

  /** The states that answer an accusation against themselves. */
  Set<String> answering() {
    Set<String> out = new HashSet<>();
    answers.forEach(a -> out.add(a.responder()));
    return out;
  }

  /** Whether {@code state} is accused in a directed accusation. */
  boolean accused(String state) {
    return accusations.stream().anyMatch(a -> a.accused().equals(state));
  }

  /** Whether {@code state} accuses another in a directed accusation. */
  boolean accuser(String state) {
    return accusations.stream().anyMatch(a -> a.accuser().equals(state));
  }
}
