package io.zhengwu;

// Written by tools/java/enums.py from core/src/case/assess.rs (AlertLevel); do not edit.

/** 自动预警 level (`baodi-2018` 三(四)). */
public enum AlertLevel implements WireEnum {
  /** 临期预警: 临期 — within the alert window. */
  APPROACHING("approaching", "临期预警"),
  /** 当日到期: 当日到期. */
  DUE_TODAY("due_today", "当日到期"),
  /** 超期: 已超期. */
  PASSED("passed", "超期");

  private final String wire;
  private final String zh;

  AlertLevel(String wire, String zh) {
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
