package io.zhengwu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * 信用状况 — where a subject stands on a day: blacklisted (黑名单) or not, whether commitment
 * approval may be offered (信用承诺办法 第十五条), restrictions (联合惩戒), inspection frequency
 * (双随机抽查), green channel (绿色通道), and when removal becomes possible.
 */
public final class CreditStatus {
  private final Subject subject;
  private final boolean blacklisted;
  private final boolean severe;
  private final boolean commitmentAllowed;
  private final List<Restriction> restrictions;
  private final boolean greenChannel;
  private final Inspection inspection;
  private final LocalDate listedSince;
  private final LocalDate removalEligibleOn;
  private final List<Reason> reasons;

  CreditStatus(Map<String, Object> m) {
    this.subject = Subject.fromMap(Node.obj(m, "subject"));
    this.blacklisted = Node.bool(m, "blacklisted");
    this.severe = Node.bool(m, "severe");
    this.commitmentAllowed = Node.bool(m, "commitment_allowed");
    List<Restriction> r = new ArrayList<>();
    for (Object o : Node.list(m, "restrictions")) r.add(new Restriction(Node.obj(o)));
    this.restrictions = Collections.unmodifiableList(r);
    this.greenChannel = Node.bool(m, "green_channel");
    this.inspection = Node.wire(Inspection.class, m, "inspection");
    this.listedSince = Node.date(m, "listed_since");
    this.removalEligibleOn = Node.date(m, "removal_eligible_on");
    this.reasons = Node.reasons(m);
  }

  /** Whom it is about. */
  public Subject getSubject() {
    return subject;
  }

  /** On the blacklist (黑名单) today. */
  public boolean isBlacklisted() {
    return blacklisted;
  }

  /** Severely dishonest (严重失信). */
  public boolean isSevere() {
    return severe;
  }

  /** Whether commitment approval (告知承诺) may be offered. */
  public boolean isCommitmentAllowed() {
    return commitmentAllowed;
  }

  /** The restrictions that apply (联合惩戒 measures). */
  public List<Restriction> getRestrictions() {
    return restrictions;
  }

  /** Whether the green channel (绿色通道) applies. */
  public boolean isGreenChannel() {
    return greenChannel;
  }

  /** Inspection frequency. */
  public Inspection getInspection() {
    return inspection;
  }

  /** Blacklisted since, or null. */
  public LocalDate getListedSince() {
    return listedSince;
  }

  /** The first day removal may be applied for, or null. */
  public LocalDate getRemovalEligibleOn() {
    return removalEligibleOn;
  }

  /** Why, with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "CreditStatus{" + subject + (blacklisted ? ", blacklisted" : "") + ", inspection " + inspection + "}";
  }
}
