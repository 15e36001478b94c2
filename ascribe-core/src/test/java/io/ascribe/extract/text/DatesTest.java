package io.ascribe.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date forms recognised by {@link Dates}. */
class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2024-04-16                               | false | 2024-04-16
      2024-04-16T08:00:00+08:00                | false | 2024-04-16
      · · 2024-04-16 · · Source: Xinhua        | false | 2024-04-16
      11.02.2020 14:29                         | false | 2020-02-11
      11.02.2020 14:29                         | true  | 2020-02-11
      02/11/2020                               | true  | 2020-02-11
      02/11/2020                               | false | 2020-11-02
      13/02/2020                               | true  | 2020-02-13
      April 15, 2024                           | false | 2024-04-15
      15th April 2024                          | false | 2024-04-15
      Sept. 3, 2019                            | false | 2019-09-03
      Publié le 3 mars 2023 à 10h15            | false | 2023-03-03
      15 de abril de 2024                      | false | 2024-04-15
      12. März 2021                            | false | 2021-03-12
      12 мая 2021 года                         | false | 2021-05-12
      2024年4月16日                             | false | 2024-04-16
      on 1 May 2020 and again on 2 June 2021   | false | 2020-05-01
      """)
  void find_knownForm_returnsDate(String text, boolean monthFirst, LocalDate expected) {
    assertThat(Dates.find(text, monthFirst)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"said on April 15.", "31.02.2020", "in 2017",
      "1.1.1980", "call 555-12-2024", "10:03Phnom Penh"})
  void find_noValidDate_returnsNull(String text) {
    assertThat(Dates.find(text, false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"11.02.2020 14:29", "March 10, 2024", "2024-04-16 08:00 UTC",
      "13.05.2020 14:27"})
  void isDateOnly_dateLine_isTrue(String line) {
    assertThat(Dates.isDateOnly(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated: 11.02.2020", "Source: Xinhua 2024-04-16", "April 15"})
  void isDateOnly_moreThanADate_isFalse(String line) {
    assertThat(Dates.isDateOnly(line)).isFalse();
  }
}
