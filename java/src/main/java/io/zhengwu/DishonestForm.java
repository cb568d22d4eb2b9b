package io.zhengwu;

// Written by tools/java/enums.py from core/src/credit/mod.rs (DishonestForm); do not edit.

/** 失信的表现形式 (`tj-2018-commitment` 第九条). */
public enum DishonestForm implements WireEnum {
  /** 申请材料弄虚作假、欺诈隐瞒、恶意欺骗: (一) 申请材料存在弄虚作假、欺诈隐瞒、恶意欺骗情形 */
  FALSIFIED("falsified", "申请材料弄虚作假、欺诈隐瞒、恶意欺骗"),
  /** 未按时提交约定申请材料: (二) 未按时提交约定申请材料 */
  LATE_MATERIALS("late_materials", "未按时提交约定申请材料"),
  /** 材料不符合法定条件，许可决定被撤销: (三) 提交约定的申请材料不符合法定条件，行政许可决定被撤销 */
  NONCONFORMING_REVOKED("nonconforming_revoked", "材料不符合法定条件，许可决定被撤销"),
  /** 法律法规规定的其他情形: (四) 法律法规规定的其他情形 */
  OTHER("other", "法律法规规定的其他情形");

  private final String wire;
  private final String zh;

  DishonestForm(String wire, String zh) {
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
