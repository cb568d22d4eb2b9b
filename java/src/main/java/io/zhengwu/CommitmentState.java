package io.zhengwu;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 承诺状态 — what a host stores between events of a commitment approval (承诺审批): status,
 * dates, materials, deadlines and the periods they were computed with. Store {@link #toJson()}
 * and read it back with {@link #fromJson(String)}; the library checks a state it is given.
 */
public final class CommitmentState implements JsonWritable {
  private final Map<String, Object> map;

  CommitmentState(Map<String, Object> map) {
    this.map = Node.frozen(map);
  }

  /** A stored state, as {@link #toJson()} wrote it. */
  public static CommitmentState fromJson(String json) {
    return new CommitmentState(Node.obj(Json.parse(json)));
  }

  /** The state as JSON text, to store. */
  public String toJson() {
    return Json.write(map);
  }

  @Override
  public Map<String, Object> toMap() {
    return map;
  }

  /** The matter's code. */
  public String getMatter() {
    return Node.str(map, "matter");
  }

  /** Who committed. */
  public Subject getSubject() {
    return Subject.fromMap(Node.obj(map, "subject"));
  }

  /** Where it stands. */
  public CommitmentStatus getStatus() {
    return Node.wire(CommitmentStatus.class, map, "status");
  }

  /** Verification (核查) progress. */
  public Verification getVerification() {
    return Node.wire(Verification.class, map, "verification");
  }

  /** The day the letter was signed. */
  public LocalDate getCommittedOn() {
    return Node.date(map, "committed_on");
  }

  /** The day of the decision. */
  public LocalDate getDecidedOn() {
    return Node.date(map, "decided_on");
  }

  /** Materials still owed. */
  public List<String> getMissing() {
    return Node.strings(map, "missing");
  }

  /** Materials supplied. */
  public List<String> getSupplied() {
    return Node.strings(map, "supplied");
  }

  /** Whether the one extension was approved. */
  public boolean isExtended() {
    return Node.bool(map, "extended");
  }

  /** Every deadline by its wire name ({@code materials_due}, {@code verification_due}, …). */
  public Map<String, LocalDate> getDeadlines() {
    return Node.dates(map, "deadlines");
  }

  @Override
  public String toString() {
    return "CommitmentState{" + getMatter() + ", " + getStatus() + "}";
  }
}
