package dev.calque.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberStyleTest {
  @ParameterizedTest(name = "{0} {1} -> {2} / {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "es|2,7|2.7|-",
      "es|25.000|25000|-",
      "es|1,500|1.5|1500", // a decimal with three places may be a group in Latin American writing
      "es|2.7|2.7|-", // the other convention's decimal, unambiguous
      "es|1.234.567,89|1234567.89|-",
      "es|0.500|0.5|-",
      "en|2.7|2.7|-",
      "en|25,000|25000|-",
      "en|25.000|25.000|25000", // the target reads only the first
      "en|1,234,567.5|1234567.5|-",
      "en|1.2.3|-|-",
      "de|12.03.2023|-|-",
      "fr|25\u202F000|25000|-",
  })
  void readsEachLanguagesConvention(String lang, String token, String value, String alternate) {
    NumberStyle.Reading r = NumberStyle.of(lang).read(token);
    if (value == null) {
      assertNull(r);
      return;
    }
    assertEquals(0, new BigDecimal(value).compareTo(r.value()), () -> "read " + r.value());
    if (alternate == null) {
      assertNull(r.alternate());
    } else {
      assertEquals(0, new BigDecimal(alternate).compareTo(r.alternate()), () -> "alternate " + r.alternate());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"en|25000|true|25,000", "es|25000|true|25.000", "en|2.70|false|2.70",
      "es|2.7|false|2,7", "en|1234567.5|true|1,234,567.5", "en|2023|false|2023"})
  void writesEachLanguagesConvention(String lang, String value, boolean group, String written) {
    assertEquals(written, NumberStyle.of(lang).format(new BigDecimal(value), group));
  }
}
