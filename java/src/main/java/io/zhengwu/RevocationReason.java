package io.zhengwu;

// Written by tools/java/enums.py from core/src/commitment/lifecycle/state.rs (RevocationReason); do not edit.

/** Why a licence is revoked. */
public enum RevocationReason implements WireEnum {
  /** 未按时补齐材料: Materials not supplied in time. */
  LATE_MATERIALS("late_materials", "未按时补齐材料"),
  /** 材料不符合要求: Supplied materials do not meet the conditions. */
  NONCONFORMING("nonconforming", "材料不符合要求"),
  /** 提供虚假材料: Falsified materials. */
  FALSIFIED("falsified", "提供虚假材料"),
  /** 实际情况与承诺内容不符: The facts do not match the commitment (`tj-2018-supervision` 第十七条). */
  MISMATCH("mismatch", "实际情况与承诺内容不符"),
  /** 其他法定情形: Another legal ground. */
  OTHER("other", "其他法定情形");

  private final String wire;
  private final String zh;

  RevocationReason(String wire, String zh) {
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
