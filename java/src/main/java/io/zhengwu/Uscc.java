package io.zhengwu;

import java.util.List;
import java.util.Map;

/** 统一社会信用代码 read by GB 32100: authority, entity type, region, organisation code, check digit. */
public final class Uscc {
  private final boolean valid;
  private final String code;
  private final String registrationAuthority;
  private final String entityType;
  private final String regionCode;
  private final String organizationCode;
  private final Boolean organizationCodeValid;
  private final List<Reason> reasons;

  Uscc(Map<String, Object> m) {
    Map<String, Object> org = Node.obj(m, "organization_code");
    this.valid = Node.bool(m, "valid");
    this.code = Node.str(m, "code");
    this.registrationAuthority = Node.str(Node.obj(m, "registration_authority"), "name");
    this.entityType = Node.str(Node.obj(m, "entity_type"), "name");
    this.regionCode = Node.str(Node.obj(m, "region"), "code");
    this.organizationCode = Node.str(org, "code");
    this.organizationCodeValid = Node.boolOrNull(org, "check_valid");
    this.reasons = Node.reasons(m);
  }

  /** Whether format and check digit are right. */
  public boolean isValid() {
    return valid;
  }

  /** The code in its compact form. */
  public String getCode() {
    return code;
  }

  /** 登记管理部门, e.g. 工商（市场监管）, or null. */
  public String getRegistrationAuthority() {
    return registrationAuthority;
  }

  /** 机构类别, e.g. 企业, or null. */
  public String getEntityType() {
    return entityType;
  }

  /** The 登记管理机关行政区划码, or null. */
  public String getRegionCode() {
    return regionCode;
  }

  /** The embedded 组织机构代码 (9 characters), or null. */
  public String getOrganizationCode() {
    return organizationCode;
  }

  /** Whether the organisation code's own check digit is right (GB 11714), or null when unread. */
  public Boolean getOrganizationCodeValid() {
    return organizationCodeValid;
  }

  /** Why it is valid or not, with citations. */
  public List<Reason> getReasons() {
    return reasons;
  }

  @Override
  public String toString() {
    return "Uscc{" + code + (valid ? ", valid" : ", invalid") + "}";
  }
}
