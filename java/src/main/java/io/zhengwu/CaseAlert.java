package io.zhengwu;

import java.time.LocalDate;
import java.util.Map;

// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.

/** 预警 of a case: a limit near, due today or passed. */
public final class CaseAlert {
  private final AlertLevel level;
  private final CaseDeadlineKind deadline;
  private final LocalDate due;
  private final Long workdaysLeft;
  private final String message;
  private final Citation citation;

  CaseAlert(Map<String, Object> m) {
    this.level = Node.wire(AlertLevel.class, m, "level");
    this.deadline = Node.wire(CaseDeadlineKind.class, m, "deadline");
    this.due = Node.date(m, "due");
    this.workdaysLeft = Node.num(m, "workdays_left");
    this.message = Node.str(m, "message");
    this.citation = m.get("citation") == null ? null : new Citation(Node.obj(m.get("citation")));
  }

  /** level ({@code level}). */
  public AlertLevel getLevel() {
    return level;
  }

  /** deadline ({@code deadline}). */
  public CaseDeadlineKind getDeadline() {
    return deadline;
  }

  /** due ({@code due}). */
  public LocalDate getDue() {
    return due;
  }

  /** workdays_left ({@code workdays_left}). */
  public Long getWorkdaysLeft() {
    return workdaysLeft;
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
    return "CaseAlert{" + "level=" + level + ", " + "deadline=" + deadline + ", " + "due=" + due + ", " + "workdays_left=" + workdaysLeft + "}";
  }
}
