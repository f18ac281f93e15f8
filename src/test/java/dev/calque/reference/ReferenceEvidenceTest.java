package dev.calque.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.calque.rule.Category;
import dev.calque.rule.Engine;
import dev.calque.rule.Finding;
import dev.calque.rule.RuleRef;
import dev.calque.rule.Severity;
import dev.calque.rule.Suggestion;
import dev.calque.rule.family.Evidence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each effect of the archive's counts, both ways, on findings placed on our own sentences. */
class ReferenceEvidenceTest {
  private static ReferenceIndex index;
  private static ReferenceEvidence evidence;

  @BeforeAll
  static void open() {
    index = ReferenceIndex.open(ReferenceArchive.index());
    evidence = new ReferenceEvidence(index, ReferenceSettings.bundled());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aNameTheArchiveAttestsOftenIsNoMisspelling() {
    String text = "The striker Mijail Ramos scored twice.";
    Finding f = finding("es-en.names.spanish-form", Category.SPELLING, text, "Mijail", 0.79, "Mikhail");
    List<ReferenceEvidence.Applied> applied = evidence.assess(text, f);
    assertEquals(List.of(ReferenceSettings.ATTESTED_NAME), names(applied));
    Finding moved = evidence.apply(text, List.of(f), new LinkedHashSet<>()).get(0);
    assertTrue(moved.confidence() < 0.1, "strongly lowered: " + moved.confidence());
    assertEquals(moved.confidence(), moved.best().confidence(), 0.011, "the suggestion keeps its share");
  }

  @Test
  void aNameSeenLessOftenThanTheMinimumOrNotAtAllIsLeftAlone() {
    String text = "The striker Mijail Ramos scored twice.";
    Finding f = finding("es-en.names.spanish-form", Category.SPELLING, text, "Mijail", 0.79, "Mikhail");
    ReferenceEvidence strict = new ReferenceEvidence(index, ReferenceSettings.bundled().withNameMentions(500));
    assertEquals(List.of(), strict.assess(text, f));
    String other = "The striker Jarkov Ramos scored twice.";
    assertEquals(List.of(), evidence.assess(other, finding("es-en.names.spanish-form", Category.SPELLING, other,
        "Jarkov", 0.79, "Kharkiv")));
  }

  @Test
  void aNameCountsOnlyForNameAndSpellingRules() {
    String text = "The striker Mijail Ramos scored twice.";
    Finding style = finding("en.style.something", "style/unidiomatic", text, "Mijail", 0.79, "Mikhail");
    assertTrue(!names(evidence.assess(text, style)).contains(ReferenceSettings.ATTESTED_NAME));
  }

  @Test
  void aRenderingTheArchiveNeverUsesWhileItOftenUsesTheSuggestionGainsConfidence() {
    String text = "Exports to the Asian giant grew by 4% last year.";
    Finding f = finding("es-en.epithet.asian-giant", "style/unidiomatic", text, "the Asian giant", 0.75, "China");
    assertEquals(List.of(ReferenceSettings.COMMON_SUGGESTION), names(evidence.assess(text, f)));
    double raised = evidence.apply(text, List.of(f), new LinkedHashSet<>()).get(0).confidence();
    assertTrue(raised > 0.75 && raised <= ReferenceSettings.bundled().raiseCap(), "raised within the cap: " + raised);
  }

  @Test
  void theRaiseIsBoundedAndNeverLowers() {
    String text = "Exports to the Asian giant grew by 4% last year.";
    Finding sure = finding("es-en.epithet.asian-giant", "style/unidiomatic", text, "the Asian giant", 0.97, "China");
    assertEquals(0.97, evidence.apply(text, List.of(sure), new LinkedHashSet<>()).get(0).confidence());
    Finding likely = finding("es-en.epithet.asian-giant", "style/unidiomatic", text, "the Asian giant", 0.93, "China");
    assertEquals(ReferenceSettings.bundled().raiseCap(),
        evidence.apply(text, List.of(likely), new LinkedHashSet<>()).get(0).confidence());
  }

  @Test
  void aSuggestionTheArchiveRarelyUsesAddsNothing() {
    String text = "Exports to the Asian giant grew by 4% last year.";
    Finding f = finding("es-en.epithet.asian-giant", "style/unidiomatic", text, "the Asian giant", 0.75, "Mongolia");
    assertEquals(List.of(), evidence.assess(text, f));
  }

  @Test
  void aSpellersSuggestionIsNoEvidence() {
    // Every speller suggests a common word: that the archive has it says nothing about this one.
    String text = "Fans were duking it out with rivals.";
    Finding f = finding("languagetool.MORFOLOGIK_RULE_EN_US", Category.SPELLING, text, "duking", 0.65, "during");
    assertEquals(List.of(), evidence.assess(text, f));
  }

  @Test
  void aFormTheArchiveUsesOftenLosesConfidence() {
    String text = "The Royal House said King Felipe would attend.";
    Finding f = finding("es-en.institution.royal-house", "style/unidiomatic", text, "The Royal House", 0.75,
        "The Royal Household");
    assertEquals(List.of(ReferenceSettings.COMMON_FORM), names(evidence.assess(text, f)));
    assertTrue(evidence.apply(text, List.of(f), new LinkedHashSet<>()).get(0).confidence() < 0.5);
  }

  @Test
  void aFormTheArchiveUsesLessOftenThanTheSuggestionKeepsItsConfidence() {
    // "the harbour" is common in the archive, "the port" more so: the archive prefers the suggestion.
    String text = "Ships left the harbour.";
    Finding f = finding("xx.test.harbour", "style/unidiomatic", text, "the harbour", 0.7, "the port");
    assertTrue(index.phraseCount("the harbour") >= 3 && index.phraseCount("the port") > index.phraseCount("the harbour"),
        "the archive's counts as this test assumes them");
    assertEquals(List.of(), evidence.assess(text, f));
  }

  @Test
  void oneWordsCountSaysNothingAboutItsUseHere() {
    // "harbour" is common in the archive, "jetty" absent, "quay" too: a single word's counts carry no context.
    String text = "Ships left the harbour at dawn.";
    Finding f = finding("xx.test.harbour", "style/unidiomatic", text, "harbour", 0.7, "jetty");
    assertTrue(index.phraseCount("harbour") >= 3 && index.phraseCount("jetty") == 0, "the counts this test assumes");
    assertEquals(List.of(), evidence.assess(text, f));
    Finding rare = finding("xx.test.quay", "style/unidiomatic", "Ships left the quay.", "quay", 0.7, "harbour");
    assertEquals(List.of(), evidence.assess("Ships left the quay.", rare));
  }

  @Test
  void aWordASpellerDoesNotKnowButTheArchiveWritesOftenLosesConfidence() {
    String text = "The dredging of the harbour begins.";
    Finding f = finding("languagetool.MORFOLOGIK_RULE_EN_US", Category.SPELLING, text, "harbour", 0.65, "harbor");
    assertEquals(List.of(ReferenceSettings.COMMON_FORM), names(evidence.assess(text, f)));
    Finding unseen = finding("languagetool.MORFOLOGIK_RULE_EN_US", Category.SPELLING, "It was dreged.", "dreged", 0.65,
        "dredged");
    assertEquals(List.of(), evidence.assess("It was dreged.", unseen));
  }

  @Test
  void aRunOfTwoCommonOnlyInsideLongerPhrasesIsNoCommonForm() {
    // "the harbour" is common, but always before other words than "stank": not this use of it.
    String text = "Fans said the harbour stank of fuel.";
    Finding f = finding("xx.test.harbour", "style/unidiomatic", text, "the harbour", 0.7, "the quay");
    assertEquals(List.of(), evidence.assess(text, f));
    String ends = "Ships left the harbour.";
    Finding last = finding("xx.test.harbour", "style/unidiomatic", ends, "the harbour", 0.7, "the quay");
    assertEquals(List.of(ReferenceSettings.COMMON_FORM), names(evidence.assess(ends, last)),
        "at the end of its sentence the run is judged as it stands");
  }

  @Test
  void aSuggestionThatAddsWordsAroundTheFlaggedOnesIsNoCommonForm() {
    // Every "the harbour office" is also a "the harbour": the counts cannot say the words are missing.
    String text = "Tickets are sold at the harbour.";
    Finding f = finding("xx.test.missing", "accuracy/omission", text, "the harbour", 0.7, "the harbour office");
    assertEquals(List.of(), evidence.assess(text, f));
  }

  @Test
  void aNameBelowTheMinimumGetsNoWordCountEvidenceEither() {
    // "Barrado" is a common word of the archive (the coach's name), but mentioned fewer than 20 times.
    String text = "The coach Inés Barrado spoke.";
    Finding f = finding("common.names.inconsistent-spelling", "fluency/inconsistency", text, "Barrado", 0.6, "Barado");
    assertTrue(index.phraseCount("Barrado") >= 3 && index.nameCount("Barrado") < 20, "the counts this test assumes");
    assertEquals(List.of(), evidence.assess(text, f));
  }

  @Test
  void caseSpacingAndPunctuationAreBeyondWordCounts() {
    String text = "the Royal House said so.";
    Finding caps = finding("languagetool.UPPERCASE_SENTENCE_START", Category.GRAMMAR, text, "the", 0.45, "The");
    assertEquals(List.of(), evidence.assess(text, caps));
    Finding comma = finding("languagetool.COMMA", Category.PUNCTUATION, text, "said", 0.5, "said,");
    assertEquals(List.of(), evidence.assess(text, comma));
  }

  @Test
  void findingsNothingAppliesToComeBackAsTheyWere() {
    String text = "Exports to the Asian giant grew by 4% last year.";
    Finding untouched = finding("xx.test.grew", "style/unidiomatic", text, "grew by", 0.6, "rose by");
    Set<String> notes = new LinkedHashSet<>();
    List<Finding> out = evidence.apply(text, List.of(untouched), notes);
    assertSame(untouched, out.get(0));
    assertEquals(Set.of(), notes, "no note when nothing moved");
    Finding raised = finding("es-en.epithet.asian-giant", "style/unidiomatic", text, "the Asian giant", 0.75, "China");
    evidence.apply(text, List.of(untouched, raised), notes);
    assertEquals(1, notes.size());
    assertTrue(notes.iterator().next().contains(ReferenceSettings.COMMON_SUGGESTION + " 1"), notes.toString());
  }

  @Test
  void everyNumberOfTheTableIsRead() {
    Evidence table = Evidence.parse(ReferenceSettings.FILE, resource());
    ReferenceSettings.from(table);
    assertEquals(Set.of(), table.unread());
  }

  private static String resource() {
    try (var in = ReferenceEvidenceTest.class.getClassLoader().getResourceAsStream(ReferenceSettings.FILE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Finding finding(String rule, String category, String text, String flagged, double confidence,
      String suggestion) {
    int start = text.indexOf(flagged);
    return Finding.of(RuleRef.of(rule, category)).severity(Severity.MAJOR).span(start, start + flagged.length())
        .message("test finding").suggestions(List.of(new Suggestion(suggestion, confidence))).confidence(confidence)
        .engine(Engine.CALQUE).build();
  }

  private static List<String> names(List<ReferenceEvidence.Applied> applied) {
    return applied.stream().map(ReferenceEvidence.Applied::name).toList();
  }
}
