package io.zhengwu;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 事件 — what happens to a commitment, dated (信用承诺办法, 全程监督办法). */
public final class CommitmentEvent implements JsonWritable {
  private final Map<String, Object> fields;

  private CommitmentEvent(String type, LocalDate on) {
    fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("on", on);
  }

  private CommitmentEvent put(String key, Object value) {
    fields.put(key, value);
    return this;
  }

  /** Materials handed in, conforming or not. */
  public static CommitmentEvent materialsSupplied(LocalDate on, List<String> materials, boolean conforming) {
    return new CommitmentEvent("materials_supplied", on).put("materials", materials).put("conforming", conforming);
  }

  /** The one written extension, approved. */
  public static CommitmentEvent extensionApproved(LocalDate on) {
    return new CommitmentEvent("extension_approved", on);
  }

  /** Verification (核查) started. */
  public static CommitmentEvent verificationStarted(LocalDate on) {
    return new CommitmentEvent("verification_started", on);
  }

  /** Verification completed: the facts match the commitment or not. */
  public static CommitmentEvent verificationCompleted(LocalDate on, boolean conforming) {
    return new CommitmentEvent("verification_completed", on).put("conforming", conforming);
  }

  /** Rectification ordered (责令整改) with its deadline. */
  public static CommitmentEvent rectificationOrdered(LocalDate on, LocalDate deadline) {
    return new CommitmentEvent("rectification_ordered", on).put("deadline", deadline);
  }

  /** Rectification done; conditions now met or not. */
  public static CommitmentEvent rectified(LocalDate on, boolean conforming) {
    return new CommitmentEvent("rectified", on).put("conforming", conforming);
  }

  /** The licence revoked (撤销). */
  public static CommitmentEvent revoked(LocalDate on, RevocationReason reason) {
    return new CommitmentEvent("revoked", on).put("reason", reason);
  }

  /** Legal representative, responsible person or name changed. */
  public static CommitmentEvent subjectChanged(LocalDate on, SubjectChange change) {
    return new CommitmentEvent("subject_changed", on).put("change", change);
  }

  /** A new letter signed after a subject change. */
  public static CommitmentEvent recommitted(LocalDate on) {
    return new CommitmentEvent("recommitted", on);
  }

  /** The subject was blacklisted. */
  public static CommitmentEvent subjectBlacklisted(LocalDate on) {
    return new CommitmentEvent("subject_blacklisted", on);
  }

  /** The subject left the blacklist. */
  public static CommitmentEvent subjectCleared(LocalDate on) {
    return new CommitmentEvent("subject_cleared", on);
  }

  /** The letter was published (公示). */
  public static CommitmentEvent letterPublished(LocalDate on) {
    return new CommitmentEvent("letter_published", on);
  }

  @Override
  public Map<String, Object> toMap() {
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public String toString() {
    return "CommitmentEvent" + Json.write(fields);
  }
}
