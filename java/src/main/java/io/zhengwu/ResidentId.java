package io.zhengwu;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 公民身份号码 read by GB 11643: validity, region (地址码), birth date (出生日期码) and sex (顺序码).
 * It keeps only the masked number: neither {@link #toString()} nor any getter shows the full one.
 */
public final class ResidentId {
  private final boolean valid;
  private final String masked;
  private final String regionCode;
  private final String province;
  private final String regionName;
  private final String prefecture;
  private final Long retiredIn;
  private final LocalDate birthDate;
  private final Sex sex;
  private final List<Reason> reasons;

  ResidentId(Map<String, Object> m) {
    Map<String, Object> region = Node.obj(m, "region");
    this.valid = Node.bool(m, "valid");
    this.masked = Node.str(m, "masked");
    this.regionCode = Node.str(region, "code");
    this.province = Node.str(region, "province");
    this.regionName = Node.str(region, "name");
    this.prefecture = Node.str(region, "prefecture");
    this.retiredIn = Node.num(region, "retired_in");
    this.birthDate = Node.date(m, "birth_date");
    this.sex = Node.wire(Sex.class, m, "sex");
    this.reasons = Node.reasons(m);
  }

  /** Whether region, birth date and check digit are all right. */
  public boolean isValid() {
    return valid;
  }

  /** The number with the birth date and sequence hidden, e.g. {@code 110105********002X}. */
  public String getMasked() {
    return masked;
  }

  /** The 6-digit 地址码, or null when unreadable. */
  public String getRegionCode() {
    return regionCode;
  }

  /** The province of the 地址码, or null. */
  public String getProvince() {
    return province;
  }

  /** The name of the region below the province where the table has it, or null. */
  public String getRegionName() {
    return regionName;
  }

  /** The prefecture (地级) the region belongs to, where it has a named one, or null. */
  public String getPrefecture() {
    return prefecture;
  }

  /** The year the 地址码 went out of use, for a retired code (the number stays valid), or null. */
  public Long getRetiredIn() {
    return retiredIn;
  }

  /** The 出生日期码 as a date, or null when invalid. */
  public LocalDate getBirthDate() {
    return birthDate;
  }

  /** The sex read from the 顺序码, or null. */
  public Sex getSex() {
    return sex;
  }

  /** Why it is valid or not, with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "ResidentId{" + masked + (valid ? ", valid" : ", invalid") + "}";
  }
}
