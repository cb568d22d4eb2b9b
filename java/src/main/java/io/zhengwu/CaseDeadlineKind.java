package io.zhengwu;

// Written by tools/java/enums.py from core/src/case/assess.rs (DeadlineKind); do not edit.

/** A limit of a case. */
public enum CaseDeadlineKind implements WireEnum {
  /** 补正告知: 补正告知 — 5 working days from receipt. */
  SUPPLEMENT_NOTICE("supplement_notice", "补正告知"),
  /** 承诺办结时限: 承诺办结时限 — from acceptance. */
  PROMISED_DECISION("promised_decision", "承诺办结时限"),
  /** 法定办结时限: 法定办结时限 — from acceptance, with any extension. */
  STATUTORY_DECISION("statutory_decision", "法定办结时限"),
  /** 送达: 送达 — 10 working days from the decision. */
  DELIVERY("delivery", "送达");

  private final String wire;
  private final String zh;

  CaseDeadlineKind(String wire, String zh) {
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
