package io.zhengwu;

import java.util.Collections;
import java.util.Map;

/**
 * 信用主体 — whom a credit record or a commitment is about: an organisation by its 统一社会信用代码
 * or a person by their 公民身份号码. {@link #toString()} masks a person's number.
 */
public final class Subject implements JsonWritable {
  private final String key;
  private final String value;

  private Subject(String key, String value) {
    this.key = key;
    this.value = value;
  }

  /** An organisation by its 统一社会信用代码. */
  public static Subject uscc(String code) {
    return new Subject("uscc", code);
  }

  /** A person by their 公民身份号码. */
  public static Subject residentId(String id) {
    return new Subject("resident_id", id);
  }

  static Subject fromMap(Map<String, Object> m) {
    if (m.get("uscc") instanceof String) return uscc((String) m.get("uscc"));
    if (m.get("resident_id") instanceof String) return residentId((String) m.get("resident_id"));
    return null;
  }

  /** Whether this is an organisation (else a person). */
  public boolean isOrganization() {
    return key.equals("uscc");
  }

  @Override
  public Map<String, Object> toMap() {
    return Collections.<String, Object>singletonMap(key, value);
  }

  @Override
  public String toString() {
    if (isOrganization()) return "Subject{uscc " + value + "}";
    int n = value.length();
    String masked = n <= 10 ? "***" : value.substring(0, 6) + "********" + value.substring(n - 4);
    return "Subject{resident_id " + masked + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Subject && ((Subject) o).key.equals(key) && ((Subject) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + value.hashCode();
  }
}
