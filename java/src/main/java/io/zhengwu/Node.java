package io.zhengwu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the library's answers: typed views of parsed JSON, unmodifiable. */
final class Node {
  private Node() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object v) {
    return v instanceof Map ? (Map<String, Object>) v : Collections.<String, Object>emptyMap();
  }

  static Map<String, Object> obj(Map<String, Object> m, String key) {
    return obj(m.get(key));
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof List ? (List<Object>) v : Collections.emptyList();
  }

  static String str(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof String ? (String) v : null;
  }

  static boolean bool(Map<String, Object> m, String key) {
    return Boolean.TRUE.equals(m.get(key));
  }

  static Boolean boolOrNull(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof Boolean ? (Boolean) v : null;
  }

  static Long num(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v instanceof Number ? ((Number) v).longValue() : null;
  }

  static LocalDate date(Map<String, Object> m, String key) {
    String t = str(m, key);
    return t == null ? null : LocalDate.parse(t);
  }

  static <E extends Enum<E> & WireEnum> E wire(Class<E> type, Map<String, Object> m, String key) {
    String t = str(m, key);
    return t == null ? null : WireEnum.fromWire(type, t);
  }

  static List<String> strings(Map<String, Object> m, String key) {
    List<String> out = new ArrayList<>();
    for (Object o : list(m, key)) {
      if (o instanceof String) out.add((String) o);
    }
    return Collections.unmodifiableList(out);
  }

  /** Each object of the list under {@code key}, read by {@code read}. */
  static <T> List<T> objects(Map<String, Object> m, String key, java.util.function.Function<Map<String, Object>, T> read) {
    List<T> out = new ArrayList<>();
    for (Object o : list(m, key)) out.add(read.apply(obj(o)));
    return Collections.unmodifiableList(out);
  }

  static List<Reason> reasons(Map<String, Object> m) {
    List<Reason> out = new ArrayList<>();
    for (Object o : list(m, "reasons")) out.add(new Reason(obj(o)));
    return Collections.unmodifiableList(out);
  }

  static Map<String, LocalDate> dates(Map<String, Object> m, String key) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : obj(m, key).entrySet()) {
      if (e.getValue() instanceof String) out.put(e.getKey(), LocalDate.parse((String) e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> frozen(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : m.entrySet()) out.put(e.getKey(), frozenValue(e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static Object frozenValue(Object v) {
    if (v instanceof Map) return frozen((Map<String, Object>) v);
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<Object>) v) out.add(frozenValue(o));
      return Collections.unmodifiableList(out);
    }
    return v;
  }
}
