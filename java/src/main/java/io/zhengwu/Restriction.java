package io.zhengwu;

import java.util.Map;

/** 惩戒措施 — one restriction on a dishonest subject (联合惩戒), with its citation. */
public final class Restriction {
  private final String area;
  private final String label;
  private final Citation citation;

  Restriction(Map<String, Object> m) {
    this.area = Node.str(m, "area");
    this.label = Node.str(m, "label");
    Object c = m.get("citation");
    this.citation = c == null ? null : new Citation(Node.obj(c));
  }

  /** What it restricts, by wire name (e.g. {@code commitment_approval}). */
  public String getArea() {
    return area;
  }

  /** The measure as people read it, e.g. 不适用承诺审批. */
  public String getLabel() {
    return label;
  }

  /** The rule. */
  public Citation getCitation() {
    return citation;
  }

  @Override
  public String toString() {
    return label;
  }
}
