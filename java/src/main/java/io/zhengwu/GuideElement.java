package io.zhengwu;

import java.util.List;
import java.util.Map;

/**
 * One element of a 办事指南: what the guide says (办理地点, 承诺办结时限 …), whether it is published
 * ({@code present}, 已公布), supplied by the law ({@code default}, 法定情形) or missing although
 * the rules ask for it ({@code missing}, 未公布), and the article that defines it.
 */
public final class GuideElement {
  private final String key;
  private final String label;
  private final String value;
  private final String status;
  private final Citation citation;
  private final List<String> findings;

  GuideElement(Map<String, Object> m) {
    this.key = Node.str(m, "key");
    this.label = Node.str(m, "label");
    this.value = Node.str(m, "value");
    this.status = Node.str(m, "status");
    Map<String, Object> c = Node.obj(m, "citation");
    this.citation = c == null ? null : new Citation(c);
    this.findings = Node.strings(m, "findings");
  }

  /** Where it stands in the matter ({@code time_limit.promised_workdays}, {@code materials[2]}). */
  public String getKey() {
    return key;
  }

  /** The element's name in the measure. */
  public String getLabel() {
    return label;
  }

  /** What the guide says, or null when it is missing. */
  public String getValue() {
    return value;
  }

  /** {@code present}, {@code default} or {@code missing}. */
  public String getStatus() {
    return status;
  }

  /** Whether the element is missing although the rules ask for it (未公布). */
  public boolean isMissing() {
    return "missing".equals(status);
  }

  /** The article that defines the element. */
  public Citation getCitation() {
    return citation;
  }

  /** The lint's rules that found something about this element (may be empty). */
  public List<String> getFindings() {
    return findings;
  }
}
