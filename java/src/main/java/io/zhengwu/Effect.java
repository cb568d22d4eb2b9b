package io.zhengwu;

import java.util.Map;

/**
 * 后果 — what the host must do after an event: mark the certificate, record a credit judgement,
 * move a deadline, send a notice, … {@link #getType()} names it; {@link #get(String)} reads its
 * other fields as the JSON door has them.
 */
public final class Effect {
  private final Map<String, Object> map;

  Effect(Map<String, Object> map) {
    this.map = Node.frozen(map);
  }

  /** The effect's type, e.g. {@code mark_certificate}, {@code deadline_changed}. */
  public String getType() {
    return Node.str(map, "type");
  }

  /** A field (text, number, boolean, list, map or null). */
  public Object get(String key) {
    return map.get(key);
  }

  /** The rule it follows from, or null. */
  public Citation getCitation() {
    Object c = map.get("citation");
    return c == null ? null : new Citation(Node.obj(c));
  }

  /** Every field, unmodifiable. */
  public Map<String, Object> asMap() {
    return map;
  }

  @Override
  public String toString() {
    return "Effect{" + getType() + "}";
  }
}
