package dev.calque.audit;

/**
 * One document of an archive, as read: its text and what the archive says about it. Everything but
 * id and text may be null; language and sourceLanguage are what the record itself declares (the
 * options fill in the rest).
 */
public record Article(String id, String title, String text, String date, String section, String url,
    String language, String sourceLanguage) {

  /** The month of the date ("2023-05" of "2023-05-17T08:00Z"), or null when the date is not ISO-like. */
  public String month() {
    if (date == null || date.length() < 7 || !date.substring(0, 7).matches("\\d{4}-\\d{2}")) {
      return null;
    }
    return date.substring(0, 7);
  }
}
