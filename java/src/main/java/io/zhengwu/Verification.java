package io.zhengwu;

// Written by tools/java/enums.py from core/src/commitment/lifecycle/state.rs (Verification); do not edit.

/** Progress of the supervising authority's verification (核查). */
public enum Verification implements WireEnum {
  /** 未启动核查: Not started. */
  NOT_STARTED("not_started", "未启动核查"),
  /** 核查中: Started. */
  STARTED("started", "核查中"),
  /** 核查完成: Completed. */
  COMPLETED("completed", "核查完成");

  private final String wire;
  private final String zh;

  Verification(String wire, String zh) {
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
