package io.zhengwu;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 办结期限 — the last day of a time limit, the days paused, and why, with citations. */
public final class Deadline {
  private final LocalDate start;
  private final LocalDate due;
  private final long pausedDays;
  private final List<Reason> reasons;

  Deadline(Map<String, Object> m) {
    this.start = Node.date(m, "start");
    this.due = Node.date(m, "due");
    Long p = Node.num(m, "paused_days");
    this.pausedDays = p == null ? 0 : p;
    this.reasons = Node.reasons(m);
  }

  /** The start day (not counted, 民法典 第二百零一条). */
  public LocalDate getStart() {
    return start;
  }

  /** The last day of the limit. */
  public LocalDate getDue() {
    return due;
  }

  /** Working days the clock stood still. */
  public long getPausedDays() {
    return pausedDays;
  }

  /** How it was counted, with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "Deadline{due " + due + "}";
  }
}
