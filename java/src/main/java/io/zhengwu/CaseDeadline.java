package io.zhengwu;

import java.time.LocalDate;
import java.util.Map;

// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

/** A limit of a case: which, its last day, how long and paused, when met, whether late. */
public final class CaseDeadline {
  private final CaseDeadlineKind kind;
  private final String label;
  private final LocalDate due;
  private final Long limitWorkdays;
  private final Long pausedWorkdays;
  private final LocalDate metOn;
  private final Boolean late;
  private final Citation citation;

  CaseDeadline(Map<String, Object> m) {
    this.kind = Node.wire(CaseDeadlineKind.class, m, "kind");
    this.label = Node.str(m, "label");
    this.due = Node.date(m, "due");
    this.limitWorkdays = Node.num(m, "limit_workdays");
    this.pausedWorkdays = Node.num(m, "paused_workdays");
    this.metOn = Node.date(m, "met_on");
    this.late = Node.boolOrNull(m, "late");
    this.citation = m.get("citation") == null ? null : new Citation(Node.obj(m.get("citation")));
  }

  /** kind ({@code kind}). */
  public CaseDeadlineKind getKind() {
    return kind;
  }

  /** label ({@code label}). */
  public String getLabel() {
    return label;
  }

  /** due ({@code due}). */
  public LocalDate getDue() {
    return due;
  }

  /** limit_workdays ({@code limit_workdays}). */
  public Long getLimitWorkdays() {
    return limitWorkdays;
  }

  /** paused_workdays ({@code paused_workdays}). */
  public Long getPausedWorkdays() {
    return pausedWorkdays;
  }

  /** met_on ({@code met_on}). */
  public LocalDate getMetOn() {
    return metOn;
  }

  /** late ({@code late}). */
  public Boolean getLate() {
    return late;
  }

  /** citation ({@code citation}). */
  public Citation getCitation() {
    return citation;
  }

  @Override
  public String toString() {
    return "CaseDeadline{" + "kind=" + kind + ", " + "label=" + label + ", " + "due=" + due + ", " + "limit_workdays=" + limitWorkdays + "}";
  }
}
