package io.zhengwu;

// Written by tools/java/enums.py from core/src/commitment/lifecycle/effect.rs (AlertKind); do not edit.

/** How close a deadline is (自动预警). */
public enum AlertKind implements WireEnum {
  /** 即将到期: Three working days or fewer left. */
  APPROACHING("approaching", "即将到期"),
  /** 今日到期: Due today. */
  DUE_TODAY("due_today", "今日到期"),
  /** 已逾期: Passed. */
  PASSED("passed", "已逾期");

  private final String wire;
  private final String zh;

  AlertKind(String wire, String zh) {
    this.wire = wire;
    this.zh = zh;
  }

  @Override
  public String wire() {
    return wire;
  }

  @Override
  public String zh() {
    return zh;
  }
}
