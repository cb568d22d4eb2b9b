package io.zhengwu;

import java.util.Map;

/** 理由 — one reason of a decision: a stable code, a message (Chinese by default) and its citation. */
public final class Reason {
  private final String code;
  private final String message;
  private final Citation citation;

  Reason(Map<String, Object> m) {
    this.code = Node.str(m, "code");
    this.message = Node.str(m, "message");
    Object c = m.get("citation");
    this.citation = c == null ? null : new Citation(Node.obj(c));
  }

  /** The stable reason code, e.g. {@code period.workdays}. */
  public String getCode() {
    return code;
  }

  /** The message in the engine's language. */
  public String getMessage() {
    return message;
  }

  /** Where the rule is written, or null. */
  public Citation getCitation() {
    return citation;
  }

  @Override
  public String toString() {
    return message + (citation == null ? "" : "（" + citation + "）");
  }
}
