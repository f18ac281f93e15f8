package dev.calque.language;

import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The target languages on the classpath, found through META-INF/services, by code. */
public final class LanguageProfiles {
  private final Map<String, LanguageProfile> byCode;

  private LanguageProfiles(Map<String, LanguageProfile> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
  }

  public static LanguageProfiles discover() {
    Map<String, LanguageProfile> found = new TreeMap<>();
    for (LanguageProfile p : ServiceLoader.load(LanguageProfile.class, LanguageProfiles.class.getClassLoader())) {
      LanguageProfile twin = found.put(p.code(), p);
      if (twin != null) {
        throw new IllegalStateException("two profiles for '" + p.code() + "': " + twin.getClass().getName() + " and "
            + p.getClass().getName());
      }
    }
    return new LanguageProfiles(found);
  }

  /** The profile for a code, or an IllegalArgumentException that lists the supported ones. */
  public LanguageProfile get(String code) {
    LanguageProfile p = byCode.get(code);
    if (p == null) {
      throw new IllegalArgumentException("unknown language '" + code + "'; calque checks: "
          + String.join(", ", byCode.keySet()));
    }
    return p;
  }

  public boolean has(String code) {
    return byCode.containsKey(code);
  }

  /** Codes of the supported target languages, sorted. */
  public java.util.Set<String> codes() {
    return byCode.keySet();
  }
}
