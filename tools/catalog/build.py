"""Builds core/data/tianjin-catalog.json, the embedded sample catalog.

The bundles, their matters, lead units and responsible units are those of 天津市加快推进
"一件事一次办"打造政务服务升级版实施方案(征求意见稿) 附件1 (10 enterprise bundles) and 附件2
(13 personal bundles), transcribed from the published tables. Everything else about a matter —
codes, limits, modes, materials, forms — is an illustrative sample (every matter carries
"sample": true) so that the library can be exercised end to end; it is not an official guide.

The departments, elements and materials are in parts.py; the matters and bundles here.

    python3 tools/catalog/build.py           # rewrites core/data/tianjin-catalog.json
    python3 tools/catalog/build.py --check   # fails when the committed catalog is not what this writes
"""

import json
import pathlib
import sys

from parts import DEPARTMENTS, URL, E, M

OUT = pathlib.Path(__file__).resolve().parents[2] / "core" / "data" / "tianjin-catalog.json"

# ---------------------------------------------------------------- matters
MATTERS = {}
COUNTERS = {}
DEPT_PREFIX = {d: d.split("-", 1)[1].upper() for d, _ in DEPARTMENTS}
LAWS = {
    "licensing": "《中华人民共和国行政许可法》",
}

PERSON = [("applicant_name", True), ("applicant_id", True), ("contact_phone", True)]
UNIT = [("uscc", True), ("entity_name", True), ("legal_rep_name", True), ("contact_name", True), ("contact_phone", True)]


def matter(name, dept, kind="public_service", category="other", audience="natural_person", modes=("online", "one_visit"),
           statutory=20, promised=5, materials=(), form=(), after=(), steps=(), licence=False, commitment=False,
           basis=None, fee=None, outcome=None, id_card_only=False, convenience=None, produces=()):
    """Registers a matter once (the same name always gives the same code: 同一事项、同一编码)."""
    if name in MATTERS:
        return MATTERS[name]["code"]
    COUNTERS[dept] = COUNTERS.get(dept, 0) + 1
    code = f"TJ-{DEPT_PREFIX[dept]}-{COUNTERS[dept]:04d}"
    mats = []
    for mm in materials:
        if isinstance(mm, tuple):
            mid, opts = mm
        else:
            mid, opts = mm, {}
        entry = {"material": mid, "required": opts.get("required", True), "deferrable": opts.get("deferrable", False)}
        mats.append(entry)
    fields = []
    for f in form:
        if isinstance(f, tuple):
            elem, req, *rest = f
            d = {"element": elem, "required": req}
            if rest:
                d.update(rest[0])
        else:
            d = {"element": f, "required": True}
        fields.append(d)
    modes = list(modes)
    if id_card_only and "id_card_only" not in modes:
        modes.append("id_card_only")
    m = {
        "code": code, "name": name, "item_level": "major", "kind": kind, "category": category, "level": "municipal",
        "department": dept, "audience": audience, "modes": modes,
        "legal_basis": [{"law": basis or "（示例）相关法律法规规章", "kind": "setting"}],
        "time_limit": {"statutory_workdays": statutory, "promised_workdays": promised},
        "special_steps": list(steps), "issues_license": licence,
        "outcome": {"form": outcome or "办理结果通知"}, "validity": "长期有效", "scope": "全国",
        "fee": fee, "consult_phone": "022-88908890", "complaint_phone": "88908890",
        "commitment": {"allowed": commitment, "domains": [], "revocable": True},
        "materials": mats, "form": fields, "after": [],
        "sample": True,
    }
    if "online" in modes:
        m["online_url"] = URL + "matters/" + code
    if convenience:
        m["convenience"] = convenience
    if produces:
        m["produces"] = list(produces)  # results later matters use, never asked of the applicant
    m["_after_names"] = list(after)
    MATTERS[name] = m
    return code


# ---- 附件1: enterprise bundles
BUNDLES = []


def bundle(number, audience, id, name, lead, items, co_leads=(), together=()):
    """items: (matter name, responsible unit or [units]); together: groups of matter names."""
    ms = []
    for mname, units in items:
        units = [units] if isinstance(units, str) else list(units)
        entry = {"matter": MATTERS[mname]["code"], "department": units[0]}
        if units[1:]:
            entry["co_departments"] = units[1:]
        ms.append(entry)
    b = {"id": id, "number": number, "name": name, "audience": audience, "lead": lead, "matters": ms,
         "together": [[MATTERS[n]["code"] for n in g] for g in together]}
    if co_leads:
        b["co_leads"] = list(co_leads)
    BUNDLES.append(b)


# 1 企业开办 — full sample forms and materials
matter("企业设立登记", "tj-scjgw", kind="licensing", category="registration", audience="legal_person",
       modes=("online", "one_visit", "nearby"), statutory=15, promised=1, licence=True, commitment=True,
       basis="《中华人民共和国市场主体登记管理条例》", outcome="营业执照", produces=["uscc", "business-licence"],
       materials=["company-application", "articles", "id-card", ("domicile-proof", {"deferrable": True}), "shareholder-ids"],
       form=[("entity_name", True, {"max_len": 50}), ("enterprise_type", True), ("domicile", True), ("registered_capital", True),
             ("business_scope", True), ("legal_rep_name", True), ("legal_rep_id", True), ("contact_name", True), ("contact_phone", True),
             ("email", False)])
matter("公章刻制备案", "tj-gaj", kind="other", category="other", audience="legal_person", modes=("online", "one_visit"),
       statutory=5, promised=1, basis="《印铸刻字业暂行管理规则》", outcome="印章备案回执",
       materials=["business-licence", "seal-form", "id-card"],
       form=["uscc", "entity_name", ("legal_rep_name", True), ("seal_kinds", True), ("seal_count", True, {"max": 5}), ("contact_phone", True)],
       after=["企业设立登记"])
matter("发票领用", "tj-swj", kind="other", category="other", audience="legal_person", modes=("online", "one_visit"),
       statutory=5, promised=1, basis="《中华人民共和国发票管理办法》", outcome="发票",
       materials=["invoice-form", "tax-officer-id"],
       form=["uscc", "entity_name", ("invoice_kind", True), ("invoice_quantity", True), ("tax_officer_name", True), ("tax_officer_id", True),
             ("contact_phone", True, {"label": "办税人员联系电话"})],
       after=["企业设立登记"])
matter("企业社会保险登记", "tj-rsj", kind="public_service", audience="legal_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第五十七条", outcome="社会保险登记信息",
       materials=["si-unit-form", ("bank-account-info", {"deferrable": True})], commitment=True,
       form=["uscc", "entity_name", "domicile", ("legal_rep_name", True), ("staff_count", True), ("bank_name", True), ("bank_account", True),
             ("contact_name", True, {"label": "社保经办人"}), "contact_phone"],
       after=["企业设立登记"])
matter("住房公积金单位登记开户", "tj-gjjzx", kind="public_service", audience="legal_person", statutory=5, promised=1,
       basis="《住房公积金管理条例》第十四条", outcome="单位住房公积金账户",
       materials=["hpf-unit-form", ("bank-account-info", {"deferrable": True})], commitment=True,
       form=["uscc", "entity_name", "domicile", ("hpf_rate", True), ("staff_count", False), ("bank_account", True), ("contact_name", True, {"label": "公积金经办人"}), "contact_phone"],
       after=["企业设立登记"])
bundle(1, "enterprise", "enterprise-opening", "企业开办", "tj-scjgw", [
    ("企业设立登记", "tj-scjgw"), ("公章刻制备案", "tj-gaj"), ("发票领用", "tj-swj"),
    ("企业社会保险登记", "tj-rsj"), ("住房公积金单位登记开户", "tj-gjjzx")])

# 2 企业准营(以餐饮店为例)
matter("食品经营许可", "tj-scjgw", kind="licensing", category="general", audience="legal_person", statutory=20, promised=5,
       licence=True, commitment=True, steps=("site_survey",), modes=("online", "one_visit"),
       basis="《中华人民共和国食品安全法》第三十五条", outcome="食品经营许可证",
       materials=["food-licence-form", "business-licence", ("shop-layout", {"deferrable": True}), ("food-safety-rules", {"deferrable": True})],
       form=["uscc", "entity_name", "legal_rep_name", ("domicile", True, {"label": "经营场所"}), ("shop_area", True), ("seats", True), "contact_phone"])
matter("设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", "tj-cgw", kind="licensing", category="general", audience="both",
       statutory=20, promised=5, licence=True, steps=("site_survey",), basis="《城市市容和环境卫生管理条例》第十一条",
       outcome="户外广告设置许可决定", materials=["ad-design", "structure-safety", "business-licence"],
       form=["uscc", "entity_name", ("ad_location", True), ("ad_size", True), ("start_date", True), ("end_date", True), "contact_phone"])
matter("公众聚集场所投入使用、营业前消防安全检查", "tj-xfzd", kind="licensing", category="general", audience="legal_person",
       statutory=10, promised=3, licence=True, steps=("site_survey",), basis="《中华人民共和国消防法》第十五条",
       outcome="消防安全检查合格证", materials=["fire-application", "fire-commitment", "business-licence"],
       form=["uscc", "entity_name", ("domicile", True, {"label": "场所地址"}), ("shop_area", True, {"label": "建筑面积（平方米）"}), ("seats", False), "contact_phone"])
bundle(2, "enterprise", "enterprise-operating-restaurant", "企业准营(以餐饮店为例)", "tj-scjgw", [
    ("食品经营许可", "tj-scjgw"), ("设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", "tj-cgw"),
    ("公众聚集场所投入使用、营业前消防安全检查", "tj-xfzd")])

# 3 员工录用 — full sample
EMPLOYEE = [("employee_name", True), ("employee_id", True)]
matter("就业登记", "tj-rsj", kind="public_service", audience="both", statutory=15, promised=1,
       basis="《就业服务与就业管理规定》第六十二条", outcome="就业登记信息",
       materials=["employment-form", "labour-contract"],
       form=["uscc", "entity_name", ("employee_name", True, {"label": "劳动者姓名"}), ("employee_id", True, {"label": "劳动者公民身份号码"}),
             ("education", False), ("employment_date", True), ("contract_kind", True), ("contract_end", False), "contact_phone"])
matter("职工参保登记(社会保险)", "tj-rsj", kind="public_service", audience="legal_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第五十八条", outcome="参保登记信息", materials=["si-person-form", "labour-contract"],
       form=["uscc", "entity_name", ("employee_name", True, {"label": "参保人姓名"}), ("employee_id", True, {"label": "参保人公民身份号码"}),
             ("employment_date", True, {"label": "参保日期"}), ("insurance_base", True), ("monthly_wage", True)],
       after=["就业登记"])
matter("社会保障卡申领", "tj-rsj", kind="public_service", audience="natural_person", statutory=20, promised=5,
       basis="《社会保障卡管理办法》", outcome="社会保障卡", materials=["ssc-form", "id-card", "photo"],
       form=[("applicant_name", True, {"label": "持卡人姓名"}), ("applicant_id", True, {"label": "持卡人公民身份号码"}), "sex", ("photo_receipt", False),
             ("residence_address", True, {"label": "邮寄地址"}), "contact_phone"],
       convenience={"delivery": True, "appointment": True, "joint": False})
matter("档案的接收和转递(流动人员)", "tj-rsj", kind="public_service", audience="natural_person", statutory=20, promised=5,
       basis="《流动人员人事档案管理服务规定》", outcome="档案接收回执", materials=["file-transfer-letter", "id-card"],
       form=[("employee_name", True, {"label": "存档人姓名"}), ("employee_id", True, {"label": "存档人公民身份号码"}), ("file_origin", True), "contact_phone"])
matter("职工参保登记(基本医疗保险)", "tj-ybj", kind="public_service", audience="legal_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第二十三条", outcome="医保参保信息", materials=["si-person-form"],
       form=["uscc", "entity_name", ("employee_name", True, {"label": "参保人姓名"}), ("employee_id", True, {"label": "参保人公民身份号码"}),
             ("employment_date", True, {"label": "参保日期"}), ("insurance_base", True, {"min": 0})],
       after=["就业登记"])
matter("个人住房公积金账户设立", "tj-gjjzx", kind="public_service", audience="legal_person", statutory=5, promised=1,
       basis="《住房公积金管理条例》第十五条", outcome="个人住房公积金账户", materials=["hpf-person-form"],
       form=["uscc", "entity_name", ("employee_name", True, {"label": "缴存人姓名"}), ("employee_id", True, {"label": "缴存人公民身份号码"}),
             ("monthly_wage", True, {"label": "缴存基数（元）"}), ("hpf_rate", True)])
bundle(3, "enterprise", "staff-hiring", "员工录用", "tj-rsj", [
    ("就业登记", "tj-rsj"), ("职工参保登记(社会保险)", "tj-rsj"), ("社会保障卡申领", "tj-rsj"),
    ("档案的接收和转递(流动人员)", "tj-rsj"), ("职工参保登记(基本医疗保险)", "tj-ybj"), ("个人住房公积金账户设立", "tj-gjjzx")],
    together=[["职工参保登记(社会保险)", "职工参保登记(基本医疗保险)"]])

# 4 涉企不动产登记
HOUSE = [("property_cert_no", True), ("property_address", True), ("building_area", True)]
matter("不动产统一登记", "tj-ghzyj", kind="confirmation", category="registration", audience="both", statutory=30, promised=5,
       licence=True, basis="《不动产登记暂行条例》第二十条", outcome="不动产权证书",
       materials=["realestate-application", "property-certificate", "sale-contract", "tax-receipt", "id-card"],
       form=HOUSE + [("transaction_price", True), ("seller_name", True, {"label": "义务人（出卖人）姓名"}), ("seller_id", True),
                     ("buyer_name", True, {"label": "权利人（买受人）姓名"}), ("buyer_id", True), "contact_phone"])
matter("房地产交易税费申报", "tj-swj", kind="other", category="other", audience="both", statutory=5, promised=1,
       basis="《中华人民共和国契税法》第九条", outcome="完税凭证", materials=["tax-declaration", "sale-contract", "id-card"],
       form=HOUSE[:2] + [("transaction_price", True, {"label": "计税价格（元）"}), ("net_sign_contract_no", True), ("seller_name", True), ("seller_id", True),
                         ("buyer_name", True), ("buyer_id", True), ("is_only_home", True)])
MATTERS["不动产统一登记"]["_after_names"] = ["房地产交易税费申报"]  # declared after both exist
bundle(4, "enterprise", "enterprise-real-estate", "涉企不动产登记", "tj-ghzyj", [
    ("不动产统一登记", "tj-ghzyj"), ("房地产交易税费申报", "tj-swj")],
    together=[["房地产交易税费申报", "不动产统一登记"]])

# 5 企业简易注销
matter("企业注销登记", "tj-scjgw", kind="licensing", category="registration", audience="legal_person", statutory=20, promised=1,
       basis="《中华人民共和国市场主体登记管理条例》第三十一条", outcome="准予注销登记通知书",
       materials=["cancellation-application", "all-investors-commitment", "clearance-certificate"],
       form=["uscc", "entity_name", "legal_rep_name", ("legal_rep_id", True), "contact_phone"], after=["税务注销"])
matter("税务注销", "tj-swj", kind="other", category="other", audience="legal_person", statutory=20, promised=1,
       basis="《中华人民共和国税收征收管理法实施细则》第十五条", outcome="清税证明",
       materials=["tax-cancellation-form"], form=["uscc", "entity_name", ("tax_officer_name", True), ("tax_officer_id", True), "contact_phone"])
bundle(5, "enterprise", "enterprise-simple-deregistration", "企业简易注销", "tj-scjgw", [
    ("企业注销登记", "tj-scjgw"), ("税务注销", "tj-swj")], together=[["税务注销", "企业注销登记"]])

# 6 供水报装 / 7 供气报装
matter("用水报装", "tj-shuiwuj", kind="public_service", audience="both", statutory=20, promised=7,
       basis="《天津市城市供水用水条例》", outcome="供水接入", materials=["water-application", "business-licence"],
       form=["uscc", "entity_name", ("domicile", True, {"label": "用水地址"}), ("water_use", True), "contact_name", "contact_phone"])
matter("供气报装", "tj-gysyj", kind="public_service", audience="both", statutory=10, promised=3,
       basis="《城镇燃气管理条例》", outcome="供气接入", materials=["gas-application", "business-licence"],
       form=["uscc", "entity_name", ("domicile", True, {"label": "用气地址"}), ("gas_use", True), "contact_name", "contact_phone"])
bundle(6, "enterprise", "water-connection", "供水报装", "tj-shuiwuj", [("用水报装", "tj-shuiwuj")])
bundle(7, "enterprise", "gas-connection", "供气报装", "tj-gysyj", [("供气报装", "tj-gysyj")])

# 8 涉企不动产登记预约
for n in ("转移登记", "变更登记"):
    matter(n, "tj-ghzyj", kind="confirmation", category="registration", audience="both", statutory=30, promised=5, licence=True,
           basis="《不动产登记暂行条例》第三条", outcome="不动产权证书", materials=["realestate-application", "property-certificate", "business-licence"],
           form=["uscc", "entity_name"] + HOUSE + ["contact_phone"])
matter("登记预约", "tj-ghzyj", kind="public_service", audience="both", modes=("online", "immediate"), statutory=1, promised=0,
       basis="《不动产登记暂行条例实施细则》", outcome="预约回执", materials=["appointment-form"],
       form=["uscc", "entity_name", ("property_address", False), ("appointment_date", True), "contact_phone"])
bundle(8, "enterprise", "enterprise-real-estate-appointment", "涉企不动产登记预约", "tj-ghzyj", [
    ("转移登记", "tj-ghzyj"), ("变更登记", "tj-ghzyj"), ("登记预约", "tj-ghzyj")])

# 9 大件运输
matter("在公路、高速公路上行驶超过公路、桥梁技术标准的车辆的许可", "tj-jtysw", kind="licensing", category="general", audience="both",
       statutory=15, promised=3, licence=True, basis="《中华人民共和国公路法》第五十条", outcome="超限运输车辆通行证",
       materials=["vehicle-documents", "route-plan"],
       form=["uscc", "entity_name", ("vehicle_plate", True), ("vehicle_size", True), ("vehicle_weight", True), ("route", True), ("start_date", True), ("end_date", True), "contact_phone"])
bundle(9, "enterprise", "oversize-transport", "大件运输", "tj-jtysw", [("在公路、高速公路上行驶超过公路、桥梁技术标准的车辆的许可", "tj-jtysw")])

# 10 涉路施工 (two lead units; the seed's cell "公路、高速公路涉路施工城市道路涉路施工" is two matters)
ROADWORK = ["uscc", "entity_name", ("project_name", True), ("road_section", True), ("start_date", True), ("end_date", True), "contact_phone"]
matter("公路、高速公路涉路施工", "tj-jtysw", kind="licensing", category="general", audience="legal_person", statutory=20, promised=5, licence=True,
       basis="《中华人民共和国公路法》第四十五条", outcome="涉路施工许可决定", materials=["construction-plan", ("safety-commitment", {"deferrable": True})],
       commitment=True, form=ROADWORK)
matter("城市道路涉路施工", "tj-gysyj", kind="licensing", category="general", audience="legal_person", statutory=20, promised=5, licence=True,
       basis="《城市道路管理条例》第三十条", outcome="城市道路占用挖掘许可决定", materials=["construction-plan", ("safety-commitment", {"deferrable": True})],
       commitment=True, form=ROADWORK)
matter("涉路施工交通安全审查", "tj-gaj", kind="licensing", category="general", audience="legal_person", statutory=20, promised=5, licence=True,
       basis="《中华人民共和国道路交通安全法》第三十二条", outcome="交通安全审查意见", materials=["construction-plan"], form=ROADWORK)
bundle(10, "enterprise", "roadwork", "涉路施工", "tj-jtysw", [
    ("公路、高速公路涉路施工", "tj-jtysw"), ("城市道路涉路施工", "tj-gysyj"), ("涉路施工交通安全审查", "tj-gaj")],
    co_leads=["tj-gysyj"])

# ---- 附件2: personal bundles
# 1 新生儿出生 — full sample
BABY = [("baby_name", True), ("baby_sex", True), ("baby_birth_date", True)]
PARENTS = [("mother_name", True), ("mother_id", True), ("father_name", False), ("father_id", False)]
matter("出生医学证明签发", "tj-wsjkw", kind="confirmation", category="other", audience="natural_person", modes=("one_visit",), statutory=20, promised=1,
       basis="《中华人民共和国母婴保健法》第二十三条", outcome="出生医学证明", produces=["birth-certificate"], materials=["birth-application", "id-card", "marriage-certificate"],
       form=BABY + [("baby_birth_place", True), ("birth_weight", True), ("gestational_weeks", True), ("hospital", True)] + PARENTS + ["contact_phone"])
matter("预防接种证办理", "tj-wsjkw", kind="public_service", audience="natural_person", modes=("one_visit", "nearby"), statutory=5, promised=0,
       basis="《中华人民共和国疫苗管理法》第四十七条", outcome="预防接种证", materials=["vaccination-form", "birth-certificate"],
       form=BABY + [("birth_cert_no", True), ("mother_name", True, {"label": "监护人姓名"}), ("mother_id", True, {"label": "监护人公民身份号码"}),
                    ("vaccination_clinic", True), ("residence_address", True), "contact_phone"],
       after=["出生医学证明签发"])
matter("户口登记", "tj-gaj", kind="confirmation", category="registration", audience="natural_person", modes=("online", "one_visit"), statutory=20, promised=3,
       basis="《中华人民共和国户口登记条例》第七条", outcome="居民户口簿（新生儿页）", materials=["hukou-application", "birth-certificate", "hukou-book", "marriage-certificate"],
       form=BABY + [("birth_cert_no", True), ("hukou_declared_address", True)] + [("mother_name", True), ("mother_id", True), ("father_name", True), ("father_id", True),
                    ("marriage_cert_no", False)] + ["contact_phone"],
       after=["出生医学证明签发"])
matter("城乡居民参保登记(基本医疗保险)", "tj-ybj", kind="public_service", audience="natural_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第二十五条", outcome="医保参保信息", materials=["resident-insurance-form", "hukou-book"],
       form=[("baby_name", True, {"label": "参保人姓名"}), ("baby_birth_date", True), ("hukou_declared_address", True, {"label": "户籍地址"}),
             ("mother_name", True, {"label": "监护人姓名"}), ("mother_id", True, {"label": "监护人公民身份号码"}), "contact_phone"],
       after=["户口登记"])
bundle(1, "personal", "newborn", "新生儿出生", "tj-wsjkw", [
    ("出生医学证明签发", "tj-wsjkw"), ("预防接种证办理", "tj-wsjkw"), ("户口登记", "tj-gaj"),
    ("城乡居民参保登记(基本医疗保险)", "tj-ybj"), ("社会保障卡申领", "tj-rsj")])

# 2 灵活就业
matter("社会保险登记", "tj-rsj", kind="public_service", audience="natural_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第五十八条", outcome="参保登记信息", materials=["flexible-si-form", "id-card"],
       form=PERSON + [("hukou_address", True), ("residence_address", False)])
matter("基本医疗保险参保和变更登记", "tj-ybj", kind="public_service", audience="natural_person", statutory=15, promised=1,
       basis="《中华人民共和国社会保险法》第二十三条", outcome="医保参保信息", materials=["flexible-si-form", "id-card"], form=PERSON + ["hukou_address"])
matter("灵活就业人员社会保险费申报", "tj-swj", kind="other", audience="natural_person", statutory=5, promised=1,
       basis="《社会保险费征缴暂行条例》", outcome="缴费信息", materials=["si-payment-form"], form=PERSON + [("insurance_base", True), ("bank_account", True)],
       after=["社会保险登记"])
bundle(2, "personal", "flexible-employment", "灵活就业", "tj-rsj", [
    ("就业登记", "tj-rsj"), ("档案的接收和转递(流动人员)", "tj-rsj"), ("社会保险登记", "tj-rsj"),
    ("基本医疗保险参保和变更登记", "tj-ybj"), ("灵活就业人员社会保险费申报", "tj-swj")])

# 3 公民婚育
matter("内地居民婚姻登记", "tj-mzj", kind="confirmation", category="registration", audience="natural_person", modes=("one_visit",), statutory=1, promised=0,
       basis="《婚姻登记条例》第七条", outcome="结婚证", materials=["marriage-application", "id-card", "hukou-book", "photo"],
       form=[("applicant_name", True, {"label": "男方姓名"}), ("applicant_id", True, {"label": "男方公民身份号码"}), ("mother_name", True, {"label": "女方姓名"}),
             ("mother_id", True, {"label": "女方公民身份号码"}), "contact_phone"])
matter("户口登记项目变更", "tj-gaj", kind="confirmation", category="registration", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国户口登记条例》第十七条", outcome="户口簿变更页", materials=["hukou-change-form", "id-card", "hukou-book", "marriage-certificate"],
       form=PERSON + ["hukou_address"], after=["内地居民婚姻登记"])
matter("户口迁移", "tj-gaj", kind="confirmation", category="registration", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国户口登记条例》第十条", outcome="准予迁入证明", materials=["hukou-book", "id-card", "migration-certificate", "marriage-certificate"],
       form=PERSON + [("hukou_address", True, {"label": "迁出地址"}), ("hukou_declared_address", True, {"label": "迁入地址"})])
matter("生育登记", "tj-wsjkw", kind="public_service", audience="natural_person", modes=("online",), statutory=5, promised=0,
       basis="《天津市人口与计划生育条例》", outcome="生育登记回执", materials=["birth-registration-form", "id-card"],
       form=[("mother_name", True), ("mother_id", True), ("father_name", True), ("father_id", True), ("marriage_cert_no", True), "contact_phone"],
       id_card_only=False)
bundle(3, "personal", "marriage-and-childbirth", "公民婚育", "tj-mzj", [
    ("内地居民婚姻登记", "tj-mzj"), ("户口登记项目变更", "tj-gaj"), ("户口迁移", "tj-gaj"), ("生育登记", "tj-wsjkw")])

# 4 扶残助困
matter("残疾人证办理", "tj-cl", kind="confirmation", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国残疾人保障法》", outcome="残疾人证", materials=["disability-assessment", "id-card", "photo", "hukou-book"],
       form=PERSON + [("disability_kind", True), ("disability_grade", False), "hukou_address"])
matter("困难残疾人生活补贴和重度残疾人护理补贴资格认定", "tj-mzj", kind="benefit", category="other", audience="natural_person", statutory=30, promised=10,
       basis="《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", outcome="补贴资格认定", materials=["subsidy-application", "id-card"],
       form=PERSON + [("disability_kind", True), ("disability_grade", True), ("household_income", True), ("bank_account", True)], after=["残疾人证办理"])
matter("低保、特困等困难群众医疗救助", "tj-ybj", kind="benefit", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《社会救助暂行办法》第二十八条", outcome="医疗救助金", materials=["medical-bills", "low-income-proof", "id-card"],
       form=PERSON + [("household_income", True), ("bank_account", True)])
matter("城乡居民基本养老保险补助", "tj-rsj", kind="benefit", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《国务院关于建立统一的城乡居民基本养老保险制度的意见》", outcome="养老保险补助", materials=["id-card", "low-income-proof"],
       form=PERSON + ["hukou_address"])
bundle(4, "personal", "disability-and-hardship", "扶残助困", "tj-mzj", [
    ("残疾人证办理", "tj-cl"), ("困难残疾人生活补贴和重度残疾人护理补贴资格认定", "tj-mzj"),
    ("低保、特困等困难群众医疗救助", "tj-ybj"), ("城乡居民基本养老保险补助", "tj-rsj")])

# 5 军人退役
VET = PERSON + [("service_unit", True), ("discharge_date", True)]
matter("退役报到", "tj-tyjrj", kind="public_service", audience="natural_person", modes=("one_visit",), statutory=5, promised=1,
       basis="《退役士兵安置条例》第十二条", outcome="报到登记", materials=["veteran-registration-form", "discharge-certificate", "id-card"], form=VET)
matter("户口登记(退役军人恢复户口)", "tj-gaj", kind="confirmation", category="registration", audience="natural_person", statutory=20, promised=3,
       basis="《中华人民共和国户口登记条例》第十二条", outcome="居民户口簿", materials=["discharge-certificate", "hukou-application"],
       form=VET + [("hukou_declared_address", True)], after=["退役报到"])
matter("核发居民身份证", "tj-gaj", kind="licensing", category="other", audience="natural_person", statutory=60, promised=20, licence=True,
       basis="《中华人民共和国居民身份证法》第九条", outcome="居民身份证", materials=["hukou-book", "photo"], fee={"amount": "20.00", "standard": "每证20元", "basis": "《关于居民身份证收费标准及有关问题的通知》"},
       form=PERSON + ["hukou_address"], after=["户口登记(退役军人恢复户口)"])
matter("预备役登记", "tj-jbq", kind="public_service", audience="natural_person", modes=("one_visit",), statutory=10, promised=3,
       basis="《中华人民共和国兵役法》", outcome="预备役登记", materials=["reserve-registration-form", "discharge-certificate"], form=VET)
matter("军地养老保险关系转移接续", "tj-rsj", kind="public_service", audience="natural_person", statutory=45, promised=10,
       basis="《中华人民共和国军人保险法》第十二条", outcome="养老保险关系转入", materials=["transfer-letter", "id-card"], form=VET)
matter("基本医疗保险关系转移接续", "tj-ybj", kind="public_service", audience="natural_person", statutory=45, promised=10,
       basis="《中华人民共和国军人保险法》第二十二条", outcome="医疗保险关系转入", materials=["transfer-letter", "id-card"], form=VET)
matter("退役士兵自主就业一次性经济补助金的给付", "tj-tyjrj", kind="benefit", category="other", audience="natural_person", statutory=30, promised=10,
       basis="《退役士兵安置条例》第十九条", outcome="一次性经济补助金", materials=["discharge-certificate", "id-card"],
       form=VET + [("bank_name", True), ("bank_account", True)], after=["退役报到"])
bundle(5, "personal", "military-discharge", "军人退役", "tj-tyjrj", [
    ("退役报到", "tj-tyjrj"), ("户口登记(退役军人恢复户口)", "tj-gaj"), ("核发居民身份证", "tj-gaj"), ("预备役登记", "tj-jbq"),
    ("社会保险登记", "tj-rsj"), ("军地养老保险关系转移接续", "tj-rsj"), ("基本医疗保险参保和变更登记", "tj-ybj"),
    ("基本医疗保险关系转移接续", "tj-ybj"), ("退役士兵自主就业一次性经济补助金的给付", "tj-tyjrj")])

# 6 二手房转移登记及水电气联动过户 — full sample
matter("房屋交易合同网签备案", "tj-zfcxjsw", kind="public_service", audience="natural_person", statutory=5, promised=0, modes=("online", "immediate"),
       basis="《城市房地产管理法》第四十一条", outcome="网签备案合同", materials=["property-certificate", "id-card"],
       form=HOUSE + [("transaction_price", True), ("seller_name", True), ("seller_id", True), ("buyer_name", True), ("buyer_id", True), "contact_phone"])
MATTERS["房地产交易税费申报"]["_after_names"] = ["房屋交易合同网签备案"]
UTILITY = [("property_address", True, {"label": "用户地址"}), ("seller_name", True, {"label": "原户主姓名"}), ("buyer_name", True, {"label": "新户主姓名"}),
           ("buyer_id", True, {"label": "新户主公民身份号码"}), ("property_cert_no", True), "contact_phone"]
matter("电表过户", "tj-gwdl", kind="public_service", audience="natural_person", statutory=5, promised=1, basis="《供电营业规则》第二十九条",
       outcome="用电户名变更", materials=["utility-transfer-form", "property-certificate"], form=UTILITY + [("electricity_account", True)], after=["不动产统一登记"])
matter("水表过户", "tj-shuiwuj", kind="public_service", audience="natural_person", statutory=5, promised=1, basis="《天津市城市供水用水条例》",
       outcome="用水户名变更", materials=["utility-transfer-form", "property-certificate"], form=UTILITY + [("water_account", True)], after=["不动产统一登记"])
matter("天然气过户", "tj-gysyj", kind="public_service", audience="natural_person", statutory=5, promised=1, basis="《城镇燃气管理条例》",
       outcome="用气户名变更", materials=["utility-transfer-form", "property-certificate"], form=UTILITY + [("gas_account", True)], after=["不动产统一登记"])
bundle(6, "personal", "second-hand-house", "二手房转移登记及水电气联动过户", "tj-ghzyj", [
    ("房屋交易合同网签备案", "tj-zfcxjsw"), ("房地产交易税费申报", "tj-swj"), ("不动产统一登记", "tj-ghzyj"),
    ("电表过户", "tj-gwdl"), ("水表过户", "tj-shuiwuj"), ("天然气过户", "tj-gysyj")],
    together=[["房地产交易税费申报", "不动产统一登记"]])

# 7 企业职工退休
matter("职工正常退休(职)申请", "tj-rsj", kind="confirmation", category="other", audience="both", statutory=20, promised=5,
       basis="《国务院关于工人退休、退职的暂行办法》", outcome="退休审批表", materials=["retirement-application", "personnel-file", "id-card"],
       form=["uscc", "entity_name", ("employee_name", True), ("employee_id", True), ("retirement_date", True), ("insured_years", True), ("bank_account", True)])
matter("职工提前退休(退职)申请", "tj-rsj", kind="confirmation", category="other", audience="both", statutory=30, promised=10,
       basis="《国务院关于工人退休、退职的暂行办法》", outcome="退休审批表", materials=["retirement-application", "personnel-file", "sick-leave-appraisal", "id-card"],
       form=["uscc", "entity_name", ("employee_name", True), ("employee_id", True), ("retirement_date", True), ("insured_years", True), ("bank_account", True)])
matter("住房公积金提取(离休、退休)", "tj-gjjzx", kind="public_service", audience="natural_person", statutory=3, promised=1,
       basis="《住房公积金管理条例》第二十四条", outcome="公积金提取", materials=["hpf-withdrawal-form", "id-card"],
       form=[("employee_name", True, {"label": "缴存人姓名"}), ("employee_id", True, {"label": "缴存人公民身份号码"}), ("bank_name", True), ("bank_account", True)])
bundle(7, "personal", "retirement", "企业职工退休", "tj-rsj", [
    ("职工正常退休(职)申请", "tj-rsj"), ("职工提前退休(退职)申请", "tj-rsj"), ("职工参保登记(基本医疗保险)", "tj-ybj"),
    ("住房公积金提取(离休、退休)", "tj-gjjzx")])

# 8 公民身后 — full sample
DEAD = [("deceased_name", True), ("deceased_id", True), ("death_date", True)]
HEIR = [("applicant_name", True, {"label": "经办人姓名"}), ("applicant_id", True, {"label": "经办人公民身份号码"}), ("relationship", True), "contact_phone"]
matter("出具死亡证明(正常死亡)", "tj-wsjkw", kind="public_service", audience="natural_person", modes=("one_visit", "nearby"), statutory=1, promised=0,
       basis="《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》", outcome="居民死亡医学证明（推断）书", materials=["id-card"],
       produces=["death-medical-certificate"],
       form=DEAD + [("death_place", True), ("death_cause", True, {"options": ["正常死亡"]})] + HEIR)
matter("出具死亡证明(非正常死亡)", "tj-gaj", kind="public_service", audience="natural_person", modes=("one_visit",), statutory=5, promised=1,
       basis="《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》", outcome="死亡证明", materials=["id-card"],
       produces=["death-medical-certificate"],
       form=DEAD + [("death_place", True), ("death_cause", True, {"options": ["非正常死亡"]})] + HEIR)
matter("出具火化证明", "tj-mzj", kind="public_service", audience="natural_person", modes=("one_visit",), statutory=1, promised=0,
       basis="《殡葬管理条例》", outcome="火化证明", materials=["death-medical-certificate", "id-card"],
       form=DEAD + [("funeral_home", True), ("cremation_date", True)] + HEIR)
matter("死亡、宣告死亡办理户口注销", "tj-gaj", kind="confirmation", category="registration", audience="natural_person", modes=("online", "one_visit"),
       statutory=5, promised=0, basis="《中华人民共和国户口登记条例》第八条", outcome="户口注销证明",
       materials=["death-medical-certificate", "hukou-book", ("kinship-proof", {"required": False})], form=DEAD + [("hukou_address", True, {"label": "逝者户籍地址"})] + HEIR)
matter("参保人员个人账户一次性支取(基本医疗保险)", "tj-ybj", kind="benefit", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国社会保险法》", outcome="个人账户余额支付", materials=["heir-account", "death-medical-certificate"],
       form=DEAD + HEIR + [("bank_name", True), ("bank_account", True)], after=["死亡、宣告死亡办理户口注销"])
matter("个人账户一次性待遇申领(养老保险)", "tj-rsj", kind="benefit", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国社会保险法》第十四条", outcome="个人账户余额支付", materials=["heir-account", "death-medical-certificate"],
       form=DEAD + HEIR + [("bank_name", True), ("bank_account", True)], after=["死亡、宣告死亡办理户口注销"])
matter("遗属待遇申领", "tj-rsj", kind="benefit", category="other", audience="natural_person", statutory=20, promised=5,
       basis="《中华人民共和国社会保险法》第十七条", outcome="丧葬补助金、抚恤金", materials=["survivor-application", "heir-account", "death-medical-certificate"],
       form=DEAD + HEIR + [("bank_name", True), ("bank_account", True)], after=["死亡、宣告死亡办理户口注销"])
matter("注销驾驶证", "tj-gaj", kind="other", category="other", audience="natural_person", modes=("online", "one_visit"), statutory=5, promised=0,
       basis="《机动车驾驶证申领和使用规定》第七十二条", outcome="驾驶证注销", materials=[("driving-licence", {"required": False})],
       form=DEAD + [("driving_licence_no", False)] + HEIR, after=["死亡、宣告死亡办理户口注销"])
matter("住房公积金提取(死亡)", "tj-gjjzx", kind="public_service", audience="natural_person", statutory=3, promised=1,
       basis="《住房公积金管理条例》第二十四条", outcome="公积金提取", materials=["hpf-withdrawal-form", "heir-account", "death-medical-certificate"],
       form=DEAD + HEIR + [("bank_name", True), ("bank_account", True)], after=["死亡、宣告死亡办理户口注销"])
bundle(8, "personal", "after-death", "公民身后", "tj-mzj", [
    ("出具死亡证明(正常死亡)", "tj-wsjkw"), ("出具死亡证明(非正常死亡)", "tj-gaj"), ("出具火化证明", "tj-mzj"),
    ("参保人员个人账户一次性支取(基本医疗保险)", "tj-ybj"), ("个人账户一次性待遇申领(养老保险)", "tj-rsj"), ("遗属待遇申领", "tj-rsj"),
    ("死亡、宣告死亡办理户口注销", "tj-gaj"), ("注销驾驶证", "tj-gaj"), ("住房公积金提取(死亡)", "tj-gjjzx")])

# 9 税费缴纳
TAXP = PERSON
for n, extra, mats in [
    ("社保缴费办理", [("insurance_base", True)], ["si-payment-form"]),
    ("灵活就业人员一键缴费", [("insurance_base", True), ("bank_account", True)], ["si-payment-form"]),
    ("开具社保缴费证明", [], ["id-card"]),
    ("社会保险费退费申请", [("bank_account", True)], ["refund-application"]),
    ("车船税申报", [("vehicle_plate", True), ("tax_year", True)], ["vehicle-tax-form"]),
    ("个人所得税纳税清单查询和申请", [("tax_year", True)], ["personal-tax-request"]),
    ("收入纳税明细查询", [("tax_year", True)], ["id-card"]),
]:
    matter(n, "tj-swj", kind="other", audience="natural_person", modes=("online",), statutory=5, promised=0, basis="《中华人民共和国税收征收管理法》",
           outcome="办理结果", materials=mats, form=TAXP + extra, id_card_only=(mats == ["id-card"]))
bundle(9, "personal", "tax-and-fees", "税费缴纳", "tj-swj", [(n, "tj-swj") for n in (
    "社保缴费办理", "灵活就业人员一键缴费", "开具社保缴费证明", "社会保险费退费申请", "车船税申报",
    "个人所得税纳税清单查询和申请", "收入纳税明细查询")])

# 10 公(廉)租房申请 (responsible units as the table lists them: 公共租赁住房资格 → 市民政局)
matter("公共租赁住房资格", "tj-mzj", kind="confirmation", category="other", audience="natural_person", statutory=30, promised=15,
       basis="《公共租赁住房管理办法》第七条", outcome="公共租赁住房资格确认", materials=["housing-application", "id-card", "hukou-book", "income-proof"],
       form=PERSON + [("hukou_address", True), ("household_size", True), ("household_income", True), ("rental_area", False)])
matter("住房租赁补贴", "tj-zfcxjsw", kind="benefit", category="other", audience="natural_person", statutory=30, promised=10,
       basis="《公共租赁住房管理办法》", outcome="租赁补贴", materials=["housing-application", "id-card", "income-proof"],
       form=PERSON + [("household_size", True), ("household_income", True), ("bank_account", True)], after=["公共租赁住房资格"])
bundle(10, "personal", "public-rental-housing", "公(廉)租房申请", "tj-zfcxjsw", [
    ("公共租赁住房资格", "tj-mzj"), ("住房租赁补贴", "tj-zfcxjsw")])

# 11 异地就医备案
for n, extra in [("跨省临时外出就医人员备案", [("medical_destination", True), ("leave_date", True)]),
                 ("跨省异地长期居住人员备案", [("medical_destination", True), ("residence_address", True)])]:
    matter(n, "tj-ybj", kind="public_service", audience="natural_person", modes=("online",), statutory=5, promised=0,
           basis="《基本医疗保险跨省异地就医直接结算经办规程》", outcome="备案回执",
           materials=["medical-filing-form"] + (["long-stay-proof"] if "长期" in n else []), form=PERSON + extra)
bundle(11, "personal", "medical-care-elsewhere", "异地就医备案", "tj-ybj", [
    ("跨省临时外出就医人员备案", "tj-ybj"), ("跨省异地长期居住人员备案", "tj-ybj")])

# 12, 13 中考、高考优待
STUDENT = PERSON + [("student_exam_no", True), ("school_name", True)]
MARTYR = ["tj-gaj", "tj-yjj", "tj-tyjrj"]
for n, dept, mats in [
    ("特殊人群中考加分", "tj-jw", ["exam-bonus-application", "id-card"]),
    ("烈士子女中考优待", "tj-gaj", ["exam-bonus-application", "martyr-certificate"]),
    ("华侨子女、归侨子女、归侨学生中考加分", "tj-qb", ["exam-bonus-application", "overseas-status-proof"]),
    ("特殊人群高考优待", "tj-jw", ["exam-bonus-application", "id-card"]),
    ("自主业退役士兵高考加分", "tj-tyjrj", ["exam-bonus-application", "discharge-certificate"]),
    ("二等功以上退役军人高考加分", "tj-tyjrj", ["exam-bonus-application", "merit-certificate"]),
    ("烈士子女考加分", "tj-gaj", ["exam-bonus-application", "martyr-certificate"]),
    ("华侨子女、归侨子女、归侨学生高考加分", "tj-qb", ["exam-bonus-application", "overseas-status-proof"]),
    ("少数民族考生高考加分", "tj-mzzjw", ["exam-bonus-application", "ethnicity-proof"]),
]:
    matter(n, dept, kind="confirmation", category="other", audience="natural_person", modes=("online",), statutory=20, promised=5,
           basis="（示例）招生考试加分政策", outcome="资格确认", materials=mats,
           form=STUDENT + ([("merit", True)] if "二等功" in n else []) + ([("ethnicity", True)] if "民族" in n else []))
bundle(12, "personal", "senior-high-entrance-preference", "特殊人群参加中考优待", "tj-jw", [
    ("特殊人群中考加分", "tj-jw"), ("烈士子女中考优待", MARTYR), ("华侨子女、归侨子女、归侨学生中考加分", "tj-qb")])
bundle(13, "personal", "college-entrance-preference", "特殊人群参加高考优待", "tj-jw", [
    ("特殊人群高考优待", "tj-jw"), ("自主业退役士兵高考加分", "tj-tyjrj"), ("二等功以上退役军人高考加分", "tj-tyjrj"),
    ("烈士子女考加分", MARTYR), ("华侨子女、归侨子女、归侨学生高考加分", "tj-qb"), ("少数民族考生高考加分", "tj-mzzjw")])

# resolve 前置 names to codes
matters = []
for m in MATTERS.values():
    m["after"] = [MATTERS[n]["code"] for n in m.pop("_after_names")]
    matters.append(m)

catalog = {
    "description": "天津市“一件事一次办”事项基础清单（2022版，附件1、附件2）：23个一件事及其涉及事项、牵头单位、责任单位。"
                   "事项编码、时限、办理方式、申请材料和表单为示例数据（sample: true），非官方办事指南。",
    "departments": [{"id": d, "name": n} for d, n in DEPARTMENTS],
    "elements": E,
    "materials": M,
    "matters": matters,
    "bundles": BUNDLES,
}
text = json.dumps(catalog, ensure_ascii=False, indent=1) + "\n"
if "--check" in sys.argv:
    if OUT.read_text("utf-8") != text:
        sys.exit(f"{OUT}: not what tools/catalog/build.py writes (run it, or carry the change into it)")
    print(f"{OUT.name}: current")
    sys.exit(0)
OUT.write_text(text, encoding="utf-8")
print(f"{OUT}: {len(DEPARTMENTS)} departments, {len(E)} elements, {len(M)} materials, {len(matters)} matters, {len(BUNDLES)} bundles")
