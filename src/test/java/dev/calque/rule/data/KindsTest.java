package dev.calque.rule.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The key table of Kinds and the keys the file model binds must be the same set, or one has gone stale. */
class KindsTest {
  @Test
  void everyBoundKeyBelongsToSomeKindAndEveryKindKeyIsBound() {
    assertEquals(modelKeys(), tableKeys());
  }

  static Set<String> modelKeys() {
    Set<String> keys = new TreeSet<>();
    for (Field f : RuleFileModel.RuleModel.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        JsonProperty p = f.getAnnotation(JsonProperty.class);
        keys.add(p != null ? p.value() : f.getName());
      }
    }
    return keys;
  }

  static Set<String> tableKeys() {
    Set<String> keys = new TreeSet<>(Kinds.COMMON);
    for (String kind : Kinds.names()) {
      keys.addAll(Kinds.own(kind));
    }
    return keys;
  }
}
