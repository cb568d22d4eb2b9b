package io.zhengwu;

import java.time.LocalDate;
import java.util.Map;

/** 预警 — a deadline of a commitment approaching, due today or passed (全程监督办法 第九条). */
public final class Alert {
  private final String deadline;
  private final LocalDate due;
  private final AlertKind kind;
  private final long workdaysLeft;
  private final Citation citation;

  Alert(Map<String, Object> m) {
    this.deadline = Node.str(m, "deadline");
    this.due = Node.date(m, "due");
    this.kind = Node.wire(AlertKind.class, m, "kind");
    Long left = Node.num(m, "workdays_left");
    this.workdaysLeft = left == null ? 0 : left;
    Object c = m.get("citation");
    this.citation = c == null ? null : new Citation(Node.obj(c));
  }

  /** Which deadline, by its wire name (e.g. {@code materials_due}). */
  public String getDeadline() {
    return deadline;
  }

  /** Its day. */
  public LocalDate getDue() {
    return due;
  }

  /** How close. */
  public AlertKind getKind() {
    return kind;
  }

  /** Working days left (negative once passed). */
  public long getWorkdaysLeft() {
    return workdaysLeft;
  }

  /** The rule. */
  public Citation getCitation() {
    return citation;
  }

  @Override
  public String toString() {
    return "Alert{" + deadline + " " + due + ", " + kind + "}";
  }
}
