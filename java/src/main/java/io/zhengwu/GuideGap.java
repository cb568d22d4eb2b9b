package io.zhengwu;

import java.util.Map;

/** A gap of a 办事指南: one lint finding about a matter, at the guide's element, with its article. */
public final class GuideGap {
  private final String matter;
  private final String rule;
  private final String severity;
  private final String element;
  private final String message;
  private final Citation citation;

  GuideGap(Map<String, Object> m) {
    this.matter = Node.str(m, "matter");
    this.rule = Node.str(m, "rule");
    this.severity = Node.str(m, "severity");
    this.element = Node.str(m, "element");
    this.message = Node.str(m, "message");
    Map<String, Object> c = Node.obj(m, "citation");
    this.citation = c == null ? null : new Citation(c);
  }

  /** The matter's code. */
  public String getMatter() {
    return matter;
  }

  /** The lint's rule. */
  public String getRule() {
    return rule;
  }

  /** Its severity: {@code error} or {@code warning}, as the lint gives it. */
  public String getSeverity() {
    return severity;
  }

  /** The element concerned. */
  public String getElement() {
    return element;
  }

  /** What is wrong, in the engine's language. */
  public String getMessage() {
    return message;
  }

  /** The article the rule rests on. */
  public Citation getCitation() {
    return citation;
  }
}
