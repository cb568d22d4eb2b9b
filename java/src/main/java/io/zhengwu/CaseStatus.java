package io.zhengwu;

// Written by tools/java/enums.py from core/src/case/assess.rs (CaseStatus); do not edit.

/** Where a case stands. */
public enum CaseStatus implements WireEnum {
  /** 已收件: 已收件 — not yet accepted, no supplement asked. */
  RECEIVED("received", "已收件"),
  /** 待补正: 待补正 — a supplement asked and not yet received. */
  AWAITING_SUPPLEMENT("awaiting_supplement", "待补正"),
  /** 已受理: 已受理 — in review. */
  ACCEPTED("accepted", "已受理"),
  /** 特殊环节中: 特殊环节中 — a step that stops the clock is running. */
  PAUSED("paused", "特殊环节中"),
  /** 已办结: 已办结 — decided, not yet delivered. */
  DECIDED("decided", "已办结"),
  /** 已送达: 已送达. */
  DELIVERED("delivered", "已送达");

  private final String wire;
  private final String zh;

  CaseStatus(String wire, String zh) {
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
