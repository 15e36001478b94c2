package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Script counts and stopword profiles of {@link LanguageGuesser}. */
class LanguageGuesserTest {
  private final LanguageGuesser guesser = new LanguageGuesser();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en | The group was linked to the attacks by researchers, who said that it has been active for years.
      fr | Le groupe est lié aux attaques selon les chercheurs, qui ont dit qu'il est actif depuis des années.
      de | Die Gruppe wird mit den Angriffen in Verbindung gebracht, und sie ist seit Jahren aktiv.
      es | El grupo fue vinculado a los ataques por los investigadores, que dijeron que está activo.
      it | Il gruppo è stato collegato agli attacchi dai ricercatori, che hanno detto che è attivo.
      pt | O grupo foi ligado aos ataques pelos pesquisadores, que disseram que ele está ativo há anos.
      nl | De groep werd door onderzoekers in verband gebracht met de aanvallen en is al jaren actief.
      ru | Группировка связана с атаками, заявили исследователи, и она активна уже несколько лет.
      uk | Угруповання пов'язане з атаками, заявили дослідники, і воно активне вже кілька років.
      bg | Групата е свързана с атаките, според изследователите, и е активна от години насам, съобщиха.
      zh | 研究人员表示，该组织与这些攻击有关，并且已经活跃多年。
      ja | 研究者によると、このグループは攻撃に関連しており、何年も活動しているという。
      ko | 연구원들은 이 그룹이 공격과 관련이 있으며 수년간 활동해 왔다고 말했다.
      ar | قال الباحثون إن المجموعة مرتبطة بالهجمات وإنها نشطة منذ سنوات.
      fa | پژوهشگران گفتند این گروه با حملات مرتبط است و چند سال است که فعال است.
      el | Οι ερευνητές είπαν ότι η ομάδα συνδέεται με τις επιθέσεις.
      he | החוקרים אמרו שהקבוצה קשורה להתקפות ופעילה כבר שנים.
      pl | Grupa była powiązana z atakami, przez badaczy, którzy mówią że działa już od lat.
      """)
  void guess_sentence_returnsLanguage(String expected, String text) {
    assertThat(guesser.guess(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "12345 678", "APT41", "Lazarus Volt Typhoon"})
  void guess_tooLittleEvidence_returnsUnd(String text) {
    assertThat(guesser.guess(text)).isEqualTo("und");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Российские власти сообщили о кибератаке на Київ в понедельник утром. Эксперты считают,"
      + " что за атакой стоят хакеры, которые были активны и раньше."})
  void guess_russianTextQuotingUkrainianName_staysRussian(String text) {
    assertThat(guesser.guess(text)).isEqualTo("ru");
  }
}
