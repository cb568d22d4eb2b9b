package io.zhengwu;

// Written by tools/java/enums.py from core/src/commitment/lifecycle/state.rs (Status); do not edit.

/** Where a commitment stands. */
public enum CommitmentStatus implements WireEnum {
  /** 办理中: Decided; materials still to come. */
  ACTIVE("active", "办理中"),
  /** 已延期: Decided; the one extension approved. */
  EXTENDED("extended", "已延期"),
  /** 已履诺: All committed materials supplied and conforming. */
  FULFILLED("fulfilled", "已履诺"),
  /** 整改中: A mismatch found; rectification ordered, activities stopped. */
  UNDER_RECTIFICATION("under_rectification", "整改中"),
  /** 已中止: The subject is blacklisted; the approval is halted until materials are supplied. */
  SUSPENDED("suspended", "已中止"),
  /** 需重新承诺: Legal representative, responsible person or name changed: a new letter is needed. */
  RECOMMIT_REQUIRED("recommit_required", "需重新承诺"),
  /** 已逾期: The materials deadline passed while suspended; the deciding authority decides. */
  OVERDUE("overdue", "已逾期"),
  /** 已撤销: The licence is revoked. Terminal. */
  REVOKED("revoked", "已撤销");

  private final String wire;
  private final String zh;

  CommitmentStatus(String wire, String zh) {
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
