package io.zhengwu;

import java.time.LocalDate;
import java.util.Map;

// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

/** A finding of 电子监察: what happened against which rule, on which day. */
public final class CaseFinding {
  private final String code;
  private final String kind;
  private final FindingCategory category;
  private final LocalDate on;
  private final LocalDate due;
  private final Long lateWorkdays;
  private final String material;
  private final String step;
  private final String charged;
  private final String published;
  private final Long count;
  private final Long allowed;
  private final String message;
  private final Citation citation;

  CaseFinding(Map<String, Object> m) {
    this.code = Node.str(m, "code");
    this.kind = Node.str(m, "kind");
    this.category = Node.wire(FindingCategory.class, m, "category");
    this.on = Node.date(m, "on");
    this.due = Node.date(m, "due");
    this.lateWorkdays = Node.num(m, "late_workdays");
    this.material = Node.str(m, "material");
    this.step = Node.str(m, "step");
    this.charged = Node.str(m, "charged");
    this.published = Node.str(m, "published");
    this.count = Node.num(m, "count");
    this.allowed = Node.num(m, "allowed");
    this.message = Node.str(m, "message");
    this.citation = m.get("citation") == null ? null : new Citation(Node.obj(m.get("citation")));
  }

  /** code ({@code code}). */
  public String getCode() {
    return code;
  }

  /** kind ({@code kind}). */
  public String getKind() {
    return kind;
  }

  /** category ({@code category}). */
  public FindingCategory getCategory() {
    return category;
  }

  /** on ({@code on}). */
  public LocalDate getOn() {
    return on;
  }

  /** due ({@code due}). */
  public LocalDate getDue() {
    return due;
  }

  /** late_workdays ({@code late_workdays}). */
  public Long getLateWorkdays() {
    return lateWorkdays;
  }

  /** material ({@code material}). */
  public String getMaterial() {
    return material;
  }

  /** step ({@code step}). */
  public String getStep() {
    return step;
  }

  /** charged ({@code charged}). */
  public String getCharged() {
    return charged;
  }

  /** published ({@code published}). */
  public String getPublished() {
    return published;
  }

  /** count ({@code count}). */
  public Long getCount() {
    return count;
  }

  /** allowed ({@code allowed}). */
  public Long getAllowed() {
    return allowed;
  }

  /** message ({@code message}). */
  public String getMessage() {
    return message;
  }

  /** citation ({@code citation}). */
  public Citation getCitation() {
    return citation;
  }

  @Override
  public String toString() {
    return "CaseFinding{" + "code=" + code + ", " + "kind=" + kind + ", " + "category=" + category + ", " + "on=" + on + "}";
  }
}
