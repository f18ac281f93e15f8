package dev.calque.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News-like articles of 2 to 5 KB for loading the server, generated from calque's own sentence
 * patterns with names, places and numbers drawn at random (seeded, so runs compare), with a few
 * machine-translation artifacts calque looks for mixed in, as in the texts it is meant for.
 */
final class NewsArticles {
  private static final String[] OFFICIALS = {"the prime minister", "the health minister", "the mayor",
      "the opposition leader", "the central bank governor", "a government spokeswoman", "the union's secretary general",
      "the foreign minister", "the regional president", "the committee chair"};
  private static final String[] PLACES = {"Valencia", "Lisbon", "Rotterdam", "Porto Alegre", "Cracow", "Tampere",
      "Bilbao", "Mombasa", "Hobart", "Antwerp", "Seville", "Gdansk"};
  private static final String[] TOPICS = {"the housing plan", "the water reform", "the new rail line", "the budget",
      "the vaccination campaign", "the port expansion", "the pension bill", "the energy subsidy", "the school calendar"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] SENTENCES = {
      "{Official} said on {day} that {topic} would be presented to parliament before the summer.",
      "According to figures released in {place}, {n} people applied in the first {m} weeks.",
      "The plan, which will cost about {n} million euros, was approved after a debate of {m} hours.",
      "Critics in {place} argued that {topic} did little for families who rent their homes.",
      "{Official} told reporters that the government would not change course despite the protests.",
      "Local businesses welcomed the decision, although several warned that prices could rise.",
      "In {place}, the measure affects {n} households, a third of them outside the city centre.",
      "The announcement came a day after {official} met representatives of the main trade unions.",
      "Turnout in the last regional vote was {m} per cent, the lowest figure since records began.",
      "Officials expect the first results to be visible by the end of next year, {official} added.",
      "The opposition called for an independent review and asked for the documents to be published.",
      "Residents of {place} queued for hours on {day} to register, according to local media.",
      "Experts consulted by this newspaper said the timetable was ambitious but achievable.",
      "The ministry will publish a detailed report on {topic} in the coming weeks."};
  /** Artifacts calque reports, one now and then. */
  private static final String[] ARTIFACTS = {
      "The the delegation arrived in {place} on {day}.",
      "Without embargo, {official} said that the talks would continue.",
      "The Asian giant said that exports to {place} rose by {m} per cent.",
      "The minister said that that the plan was ready.",
      "Every time more families leave {place} for the suburbs."};

  private NewsArticles() {
  }

  /** count articles of 2 to 5 KB each. */
  static List<String> generate(int count, long seed) {
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int size = 2048 + rnd.nextInt(3 * 1024);
      StringBuilder b = new StringBuilder(size + 300);
      b.append(fill("{Official} presents {topic} in {place}", rnd)).append("\n\n");
      while (b.length() < size - 250) {
        int sentences = 2 + rnd.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          String[] pool = rnd.nextInt(8) == 0 ? ARTIFACTS : SENTENCES;
          b.append(fill(pool[rnd.nextInt(pool.length)], rnd)).append(s + 1 < sentences ? " " : "\n\n");
        }
      }
      out.add(b.toString().strip() + "\n");
    }
    return out;
  }

  private static String fill(String pattern, Random rnd) {
    String official = OFFICIALS[rnd.nextInt(OFFICIALS.length)];
    return pattern.replace("{Official}", Character.toUpperCase(official.charAt(0)) + official.substring(1))
        .replace("{official}", official).replace("{place}", PLACES[rnd.nextInt(PLACES.length)])
        .replace("{topic}", TOPICS[rnd.nextInt(TOPICS.length)]).replace("{day}", DAYS[rnd.nextInt(DAYS.length)])
        .replace("{n}", Integer.toString(100 + rnd.nextInt(90_000))).replace("{m}", Integer.toString(2 + rnd.nextInt(40)));
  }

  /**
   * Articles cut from a text file (one paragraph or segment per line, such as the WMT news sets in
   * ../shared/data), consecutive lines up to 2 to 5 KB each; read at run time, never stored.
   */
  static List<String> fromLines(List<String> lines, int count, long seed) {
    Random rnd = new Random(seed);
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int target = 2048 + rnd.nextInt(3 * 1024);
    for (int i = 0; out.size() < count && !lines.isEmpty() && i < lines.size() * 10; i++) {
      String line = lines.get(i % lines.size()).strip();
      if (line.isEmpty() || b.length() + line.length() > 5 * 1024) {
        continue;
      }
      b.append(line).append("\n\n");
      if (b.length() >= target) {
        out.add(b.toString());
        b.setLength(0);
        target = 2048 + rnd.nextInt(3 * 1024);
      }
    }
    return out;
  }
}
