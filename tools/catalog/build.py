"""Builds core/data/tianjin-catalog.json, the embedded sample catalog.

The bundles, their matters, lead units and responsible units are those of 天津市加快推进
"一件事一次办"打造政务服务升级版实施方案(征求意见稿) 附件1 (10 enterprise bundles) and 附件2
(13 personal bundles), transcribed from the published tables. Everything else about a matter —
codes, limits, modes, materials, forms — is an illustrative sample (every matter carries
"sample": true) so that the library can be exercised end to end; it is not an official guide.

Run: python3 tools/catalog/build.py   (rewrites core/data/tianjin-catalog.json)
"""

import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[2] / "core" / "data" / "tianjin-catalog.json"
URL = "https://zwfw.tj.gov.cn/sample/"

DEPARTMENTS = [
    ("tj-scjgw", "市市场监管委"), ("tj-gaj", "市公安局"), ("tj-swj", "市税务局"), ("tj-rsj", "市人社局"),
    ("tj-gjjzx", "市公积金管理中心"), ("tj-cgw", "市城市管理委"), ("tj-xfzd", "市消防救援总队"),
    ("tj-ybj", "市医保局"), ("tj-ghzyj", "市规划资源局"), ("tj-shuiwuj", "市水务局"), ("tj-gysyj", "市公用事业局"),
    ("tj-jtysw", "市交通运输委"), ("tj-wsjkw", "市卫生健康委"), ("tj-mzj", "市民政局"), ("tj-cl", "市残联"),
    ("tj-tyjrj", "市退役军人局"), ("tj-jbq", "天津市警备区"), ("tj-zfcxjsw", "市住房城乡建设委"),
    ("tj-gwdl", "国网天津市电力公司"), ("tj-jw", "市教委"), ("tj-yjj", "市应急局"), ("tj-qb", "市侨办"),
    ("tj-mzzjw", "市民族宗教委"),
]

# ---------------------------------------------------------------- data elements
E = []


def el(id, label, type, shared=None, **c):
    d = {"id": id, "label": label, "type": type}
    if shared:
        d["shared_source"] = shared
    d.update(c)
    E.append(d)


# 法人库 (legal persons)
el("uscc", "统一社会信用代码", "uscc", "法人库")
el("entity_name", "单位名称", "string", "法人库", max_len=100)
el("legal_rep_name", "法定代表人姓名", "string", "法人库", max_len=50)
el("legal_rep_id", "法定代表人公民身份号码", "resident_id", "法人库")
el("domicile", "住所", "string", "法人库", max_len=200)
el("enterprise_type", "企业类型", "enum", "法人库", options=["有限责任公司", "股份有限公司", "个人独资企业", "合伙企业", "个体工商户"])
el("registered_capital", "注册资本（万元）", "decimal", None, min=0, max=100000000)
el("business_scope", "经营范围", "text", None, max_len=2000)
el("establishment_date", "成立日期", "date", "法人库")
# 人口库 (natural persons)
el("applicant_name", "申请人姓名", "string", "人口库", max_len=50)
el("applicant_id", "申请人公民身份号码", "resident_id", "人口库")
el("sex", "性别", "enum", "人口库", options=["男", "女"])
el("birth_date", "出生日期", "date", "人口库")
el("ethnicity", "民族", "string", "人口库", max_len=20)
el("hukou_address", "户籍地址", "string", "人口库", max_len=200)
el("residence_address", "居住地址", "string", None, max_len=200)
el("contact_name", "联系人", "string", None, max_len=50)
el("contact_phone", "联系电话", "phone")
el("email", "电子邮箱", "string", None, max_len=100, pattern="^[^@\\s]+@[^@\\s]+$")
el("bank_name", "开户银行", "string", None, max_len=100)
el("bank_account", "银行账号", "string", None, max_len=32, pattern="^[0-9]{8,32}$")
# enterprise opening
el("seal_count", "印章数量", "integer", None, min=1, max=10)
el("seal_kinds", "印章种类", "enum", None, options=["公章", "财务专用章", "发票专用章", "合同专用章", "法定代表人名章"])
el("invoice_kind", "发票种类", "enum", None, options=["增值税普通发票", "增值税专用发票", "电子发票"])
el("invoice_quantity", "申领发票份数", "integer", None, min=1, max=1000)
el("tax_officer_name", "办税人员姓名", "string", None, max_len=50)
el("tax_officer_id", "办税人员公民身份号码", "resident_id")
el("hpf_rate", "住房公积金缴存比例（%）", "decimal", None, min=5, max=12)
el("staff_count", "职工人数", "integer", None, min=0, max=1000000)
# employment
el("employee_name", "职工姓名", "string", "人口库", max_len=50)
el("employee_id", "职工公民身份号码", "resident_id", "人口库")
el("employment_date", "用工日期", "date")
el("contract_kind", "劳动合同类型", "enum", None, options=["固定期限", "无固定期限", "以完成一定工作任务为期限"])
el("contract_end", "劳动合同终止日期", "date")
el("monthly_wage", "月工资（元）", "decimal", None, min=0, max=1000000)
el("insurance_base", "社会保险缴费基数（元）", "decimal", None, min=0, max=1000000)
el("education", "文化程度", "enum", "人口库", options=["研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下"])
el("photo_receipt", "社会保障卡照片回执号", "string", None, max_len=32)
el("file_origin", "档案原存放单位", "string", None, max_len=100)
# newborn
el("baby_name", "新生儿姓名", "string", None, max_len=50)
el("baby_sex", "新生儿性别", "enum", None, options=["男", "女"])
el("baby_birth_date", "出生日期（新生儿）", "date")
el("baby_birth_place", "出生地点", "string", None, max_len=100)
el("birth_weight", "出生体重（克）", "integer", None, min=300, max=7000)
el("gestational_weeks", "出生孕周", "integer", None, min=20, max=45)
el("hospital", "助产机构名称", "string", "电子证照库", max_len=100)
el("birth_cert_no", "出生医学证明编号", "string", "电子证照库", max_len=20, pattern="^[A-Z][0-9]{9}$")
el("mother_name", "母亲姓名", "string", "人口库", max_len=50)
el("mother_id", "母亲公民身份号码", "resident_id", "人口库")
el("father_name", "父亲姓名", "string", "人口库", max_len=50)
el("father_id", "父亲公民身份号码", "resident_id", "人口库")
el("marriage_cert_no", "结婚证字号", "string", "电子证照库", max_len=30)
el("hukou_declared_address", "申报户口地址", "string", "人口库", max_len=200)
el("vaccination_clinic", "预防接种单位", "string", None, max_len=100)
# second-hand housing
el("property_cert_no", "不动产权证书号", "string", "电子证照库", max_len=50)
el("property_address", "房屋坐落", "string", "电子证照库", max_len=200)
el("building_area", "建筑面积（平方米）", "decimal", "电子证照库", min=0, max=100000)
el("transaction_price", "成交价格（元）", "decimal", None, min=0)
el("net_sign_contract_no", "网签合同编号", "string", None, max_len=30)
el("seller_name", "出卖人姓名", "string", "人口库", max_len=50)
el("seller_id", "出卖人公民身份号码", "resident_id", "人口库")
el("buyer_name", "买受人姓名", "string", "人口库", max_len=50)
el("buyer_id", "买受人公民身份号码", "resident_id", "人口库")
el("is_only_home", "是否为家庭唯一住房", "boolean")
el("electricity_account", "电费户号", "string", None, max_len=20, pattern="^[0-9]{10}$")
el("water_account", "水费户号", "string", None, max_len=20)
el("gas_account", "燃气户号", "string", None, max_len=20)
# after death
el("deceased_name", "逝者姓名", "string", "人口库", max_len=50)
el("deceased_id", "逝者公民身份号码", "resident_id", "人口库")
el("death_date", "死亡日期", "date")
el("death_place", "死亡地点", "string", None, max_len=200)
el("death_cause", "死亡原因类别", "enum", None, options=["正常死亡", "非正常死亡"])
el("relationship", "申请人与逝者关系", "enum", None, options=["配偶", "子女", "父母", "其他近亲属"])
el("funeral_home", "殡仪馆名称", "string", None, max_len=100)
el("cremation_date", "火化日期", "date")
el("driving_licence_no", "驾驶证档案编号", "string", None, max_len=20)
# others
el("disability_kind", "残疾类别", "enum", None, options=["视力", "听力", "言语", "肢体", "智力", "精神", "多重"])
el("disability_grade", "残疾等级", "enum", None, options=["一级", "二级", "三级", "四级"])
el("household_income", "家庭月人均收入（元）", "decimal", None, min=0)
el("household_size", "家庭人口数", "integer", None, min=1, max=30)
el("service_unit", "原服役部队", "string", None, max_len=100)
el("discharge_date", "退役日期", "date")
el("merit", "立功受奖情况", "enum", None, options=["无", "三等功", "二等功", "一等功及以上"])
el("student_exam_no", "考生号", "string", None, max_len=20, pattern="^[0-9]{8,14}$")
el("school_name", "就读学校", "string", None, max_len=100)
el("medical_destination", "就医地", "string", None, max_len=100)
el("leave_date", "离开参保地日期", "date")
el("retirement_date", "申请退休日期", "date")
el("insured_years", "累计缴费年限", "integer", None, min=0, max=60)
el("vehicle_plate", "号牌号码", "string", None, max_len=10)
el("tax_year", "纳税年度", "integer", None, min=2000, max=2100)
el("project_name", "项目名称", "string", None, max_len=200)
el("road_section", "涉及路段", "string", None, max_len=200)
el("start_date", "计划开始日期", "date")
el("end_date", "计划结束日期", "date")
el("vehicle_size", "车货总体外廓尺寸（长×宽×高，米）", "string", None, max_len=50)
el("vehicle_weight", "车货总质量（吨）", "decimal", None, min=0, max=1000)
el("route", "通行路线", "text", None, max_len=1000)
el("shop_area", "经营场所面积（平方米）", "decimal", None, min=0)
el("ad_location", "广告设置地点", "string", None, max_len=200)
el("ad_size", "广告规格（平方米）", "decimal", None, min=0, max=10000)
el("seats", "座位数", "integer", None, min=0, max=100000)
el("water_use", "用水性质", "enum", None, options=["居民生活", "非居民", "特种行业"])
el("gas_use", "用气性质", "enum", None, options=["居民", "商业", "工业"])
el("appointment_date", "预约办理日期", "date")
el("rental_area", "申请租赁面积（平方米）", "decimal", None, min=0, max=200)

# ---------------------------------------------------------------- materials
M = []


def mat(id, name, rank, attribute, source, notes, **kw):
    d = {"id": id, "name": name, "rank": rank, "attribute": attribute, "source": source, "notes": notes}
    if source == "applicant" and not kw.get("is_form"):
        kw.setdefault("template", URL + "templates/" + id + ".docx")
    if kw.get("is_form"):
        kw.setdefault("blank", URL + "forms/" + id + "-blank.pdf")
        kw.setdefault("sample", URL + "forms/" + id + "-sample.pdf")
    d.update(kw)
    M.append(d)


G, A, TP, IM = "government", "applicant", "third_party", "intermediary"
mat("id-card", "居民身份证", "principal", "common", G, "核验原件，无需复印件", shared_source="人口库", basis="《中华人民共和国居民身份证法》")
mat("hukou-book", "居民户口簿", "secondary", "common", G, "户主页及本人页", shared_source="人口库", basis="《中华人民共和国户口登记条例》")
mat("business-licence", "营业执照", "principal", "common", G, "电子营业执照可代替纸质执照", shared_source="电子证照库", basis="《中华人民共和国市场主体登记管理条例》")
mat("marriage-certificate", "结婚证", "secondary", "common", G, "夫妻双方结婚证", shared_source="电子证照库", basis="《婚姻登记条例》")
mat("photo", "近期免冠彩色照片", "secondary", "common", A, "白色背景，358×441像素以上", basis="《社会保障卡管理办法》")
mat("agent-authorisation", "授权委托书及代理人身份证明", "secondary", "common", A, "委托他人办理时提交", deferrable=True, basis="《中华人民共和国民法典》第一百六十五条")
mat("company-application", "公司登记（备案）申请书", "principal", "specific", A, "法定代表人签署", is_form=True, basis="《中华人民共和国市场主体登记管理条例》第十六条")
mat("articles", "公司章程", "principal", "specific", A, "全体股东签署", basis="《中华人民共和国公司法》第四十六条")
mat("domicile-proof", "住所（经营场所）使用证明", "secondary", "specific", A, "租赁合同或产权证明；可承诺后补", deferrable=True, basis="《中华人民共和国市场主体登记管理条例》第十六条")
mat("shareholder-ids", "股东主体资格文件", "principal", "specific", A, "自然人股东提交身份证件复印件", basis="《中华人民共和国市场主体登记管理条例》第十六条")
mat("seal-form", "印章刻制备案表", "principal", "specific", A, "写明印章种类和数量", is_form=True, basis="《印铸刻字业暂行管理规则》")
mat("invoice-form", "发票领用申请表", "principal", "specific", A, "写明发票种类和份数", is_form=True, basis="《中华人民共和国发票管理办法》第十五条")
mat("tax-officer-id", "办税人员身份证件", "secondary", "common", G, "办税人员实名信息采集", shared_source="人口库", basis="《中华人民共和国税收征收管理法》")
mat("si-unit-form", "社会保险登记表（单位）", "principal", "specific", A, "由单位填写并盖章", is_form=True, basis="《中华人民共和国社会保险法》第五十七条")
mat("hpf-unit-form", "住房公积金单位登记表", "principal", "specific", A, "写明缴存比例", is_form=True, basis="《住房公积金管理条例》第十四条")
mat("bank-account-info", "单位银行结算账户信息", "secondary", "common", TP, "开户银行出具", deferrable=True, basis="《人民币银行结算账户管理办法》")
mat("food-licence-form", "食品经营许可申请书", "principal", "specific", A, "法定代表人签署", is_form=True, basis="《食品经营许可和备案管理办法》第十三条")
mat("shop-layout", "经营场所平面布局图", "secondary", "specific", A, "标明功能分区和设备布局", deferrable=True, basis="《食品经营许可和备案管理办法》第十三条")
mat("food-safety-rules", "食品安全管理制度", "secondary", "specific", A, "含从业人员健康管理制度", deferrable=True, basis="《食品经营许可和备案管理办法》第十三条")
mat("ad-design", "户外广告设计图及效果图", "principal", "specific", IM, "由设计单位出具", basis="《天津市市容和环境卫生管理条例》")
mat("structure-safety", "设施结构安全证明", "secondary", "specific", IM, "有资质的检测机构出具", basis="《天津市市容和环境卫生管理条例》")
mat("fire-application", "公众聚集场所投入使用、营业前消防安全检查申报表", "principal", "specific", A, "由申请单位填写并承诺", is_form=True, basis="《中华人民共和国消防法》第十五条")
mat("fire-commitment", "消防安全告知承诺书", "principal", "specific", A, "申请人签署", basis="《中华人民共和国消防法》第十五条")
mat("labour-contract", "劳动合同", "principal", "specific", A, "用人单位与劳动者签订", basis="《中华人民共和国劳动合同法》第十条")
mat("employment-form", "就业登记表", "principal", "specific", A, "用人单位填写", is_form=True, basis="《就业服务与就业管理规定》第六十二条")
mat("si-person-form", "职工参保登记表", "principal", "specific", A, "用人单位填写", is_form=True, basis="《中华人民共和国社会保险法》第五十八条")
mat("ssc-form", "社会保障卡申领登记表", "principal", "specific", A, "本人或单位填写", is_form=True, basis="《社会保障卡管理办法》")
mat("file-transfer-letter", "档案转递通知书", "secondary", "specific", G, "原存档单位出具", letter_replaceable=True, basis="《流动人员人事档案管理服务规定》")
mat("hpf-person-form", "个人住房公积金账户设立登记表", "principal", "specific", A, "由单位填写", is_form=True, basis="《住房公积金管理条例》第十五条")
mat("realestate-application", "不动产登记申请书", "principal", "specific", A, "权利人、义务人共同签署", is_form=True, basis="《不动产登记暂行条例》第十六条")
mat("property-certificate", "不动产权证书", "principal", "common", G, "原件", shared_source="电子证照库", basis="《不动产登记暂行条例》第十六条")
mat("sale-contract", "存量房买卖合同（网签）", "principal", "specific", G, "网签系统生成，无需另行提交纸件", shared_source="网签备案系统", basis="《城市房地产管理法》第四十一条")
mat("tax-declaration", "房地产交易税费申报表", "principal", "specific", A, "买卖双方确认", is_form=True, basis="《中华人民共和国契税法》第九条")
mat("tax-receipt", "契税等完税凭证", "principal", "specific", G, "税务部门推送", shared_source="税务系统", basis="《中华人民共和国契税法》第十二条")
mat("cancellation-application", "注销登记申请书", "principal", "specific", A, "法定代表人签署", is_form=True, basis="《中华人民共和国市场主体登记管理条例》第三十二条")
mat("clearance-certificate", "清税证明", "principal", "specific", G, "税务部门出具，可以函代证", letter_replaceable=True, basis="《中华人民共和国市场主体登记管理条例》第三十二条")
mat("all-investors-commitment", "全体投资人承诺书", "principal", "specific", A, "简易注销适用", basis="《中华人民共和国市场主体登记管理条例》第三十三条")
mat("tax-cancellation-form", "注销税务登记申请表", "principal", "specific", A, "纳税人填写", is_form=True, basis="《中华人民共和国税收征收管理法实施细则》第十五条")
mat("water-application", "用水报装申请表", "principal", "specific", A, "写明用水性质和地址", is_form=True, basis="《天津市城市供水用水条例》")
mat("gas-application", "供气报装申请表", "principal", "specific", A, "写明用气性质和地址", is_form=True, basis="《城镇燃气管理条例》")
mat("vehicle-documents", "车辆行驶证及驾驶人驾驶证", "principal", "specific", G, "核验原件", shared_source="电子证照库", basis="《超限运输车辆行驶公路管理规定》第八条")
mat("route-plan", "运输方案（含通行路线）", "principal", "specific", A, "标明起讫点和通行路线", basis="《超限运输车辆行驶公路管理规定》第八条")
mat("construction-plan", "施工方案及交通组织方案", "principal", "specific", IM, "由设计或施工单位编制", basis="《中华人民共和国公路法》第四十五条")
mat("safety-commitment", "安全保障措施承诺书", "secondary", "specific", A, "施工单位签署", deferrable=True, basis="《路政管理规定》")
mat("birth-application", "出生医学证明首次签发登记表", "principal", "specific", A, "父母双方确认信息", is_form=True, basis="《中华人民共和国母婴保健法》第二十三条")
mat("birth-certificate", "出生医学证明", "principal", "common", G, "助产机构签发", shared_source="电子证照库", basis="《中华人民共和国母婴保健法》第二十三条")
mat("vaccination-form", "儿童预防接种信息登记表", "secondary", "specific", A, "监护人填写", is_form=True, basis="《中华人民共和国疫苗管理法》第四十七条")
mat("hukou-application", "户口登记申报表", "principal", "specific", A, "申报人签字", is_form=True, basis="《中华人民共和国户口登记条例》第七条")
mat("resident-insurance-form", "城乡居民基本医疗保险参保登记表", "principal", "specific", A, "监护人填写", is_form=True, basis="《中华人民共和国社会保险法》第二十五条")
mat("flexible-si-form", "灵活就业人员社会保险登记表", "principal", "specific", A, "本人填写", is_form=True, basis="《中华人民共和国社会保险法》第五十八条")
mat("marriage-application", "申请结婚登记声明书", "principal", "specific", A, "双方当场签署", is_form=True, basis="《婚姻登记条例》第五条")
mat("hukou-change-form", "户口登记项目变更更正申请表", "principal", "specific", A, "申请人签字", is_form=True, basis="《中华人民共和国户口登记条例》第十七条")
mat("migration-certificate", "户口迁移证件", "principal", "specific", G, "迁出地公安机关出具，可以函代证", letter_replaceable=True, basis="《中华人民共和国户口登记条例》第十三条")
mat("birth-registration-form", "生育登记服务表", "principal", "specific", A, "夫妻双方填写", is_form=True, basis="《天津市人口与计划生育条例》")
mat("disability-assessment", "残疾评定表", "principal", "specific", TP, "指定医疗机构评定", basis="《残疾人残疾分类和分级》")
mat("subsidy-application", "残疾人两项补贴申请审批表", "principal", "specific", A, "本人或监护人填写", is_form=True, basis="《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》")
mat("medical-bills", "医疗费用票据及费用清单", "principal", "specific", TP, "医疗机构出具", basis="《社会救助暂行办法》第二十九条")
mat("low-income-proof", "低保、特困人员证明", "principal", "specific", G, "民政部门数据共享核验", shared_source="社会救助系统", basis="《社会救助暂行办法》")
mat("discharge-certificate", "退出现役证", "principal", "specific", G, "部队出具", shared_source="退役军人信息系统", basis="《退役军人保障法》")
mat("veteran-registration-form", "退役军人报到登记表", "principal", "specific", A, "本人填写", is_form=True, basis="《退役士兵安置条例》")
mat("transfer-letter", "基本养老（医疗）保险参保缴费凭证", "principal", "specific", G, "军队出具，以函代证", letter_replaceable=True, basis="《军人保险法》")
mat("retirement-application", "职工退休申请表", "principal", "specific", A, "单位填写", is_form=True, basis="《国务院关于工人退休、退职的暂行办法》")
mat("personnel-file", "职工人事档案", "principal", "specific", G, "存档机构调阅", basis="《国务院关于工人退休、退职的暂行办法》")
mat("sick-leave-appraisal", "劳动能力鉴定结论", "principal", "specific", G, "劳动能力鉴定委员会出具", shared_source="劳动能力鉴定系统", basis="《工伤保险条例》第二十一条")
mat("hpf-withdrawal-form", "住房公积金提取申请书", "principal", "specific", A, "本人或继承人签署", is_form=True, basis="《住房公积金管理条例》第二十四条")
mat("death-medical-certificate", "居民死亡医学证明（推断）书", "principal", "specific", TP, "医疗卫生机构出具", basis="《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》")
mat("police-death-certificate", "公安机关死亡证明", "principal", "specific", G, "公安机关出具", basis="《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》")
mat("cremation-certificate", "火化证明", "principal", "specific", TP, "殡仪馆出具", shared_source="殡葬管理系统", basis="《殡葬管理条例》")
mat("kinship-proof", "亲属关系证明", "secondary", "specific", A, "户口簿、结婚证等可证明的，无需另行开具", basis="（无法律法规依据，示例：证明清理对象）")
mat("survivor-application", "遗属待遇申领表", "principal", "specific", A, "遗属填写", is_form=True, basis="《中华人民共和国社会保险法》第十七条")
mat("heir-account", "继承人银行账户信息", "secondary", "specific", TP, "本人名下借记卡", basis="《中华人民共和国社会保险法》")
mat("driving-licence", "机动车驾驶证", "secondary", "specific", G, "交回原证，遗失的无需提交", shared_source="电子证照库", basis="《机动车驾驶证申领和使用规定》")
mat("si-payment-form", "社会保险费缴费申报表", "principal", "specific", A, "缴费人填写", is_form=True, basis="《社会保险费征缴暂行条例》")
mat("refund-application", "社会保险费退费申请表", "principal", "specific", A, "缴费人填写", is_form=True, basis="《社会保险费征缴暂行条例》")
mat("vehicle-tax-form", "车船税纳税申报表", "principal", "specific", A, "纳税人填写", is_form=True, basis="《中华人民共和国车船税法》")
mat("housing-application", "公共租赁住房申请表", "principal", "specific", A, "申请人填写", is_form=True, basis="《公共租赁住房管理办法》第七条")
mat("income-proof", "家庭收入情况声明", "secondary", "specific", A, "以书面承诺代替收入证明", basis="《公共租赁住房管理办法》第七条")
mat("medical-filing-form", "异地就医备案表", "principal", "specific", A, "参保人填写", is_form=True, basis="《基本医疗保险跨省异地就医直接结算经办规程》")
mat("long-stay-proof", "异地居住证明或个人承诺书", "secondary", "specific", A, "可以个人承诺代替", basis="《基本医疗保险跨省异地就医直接结算经办规程》")
mat("exam-bonus-application", "考试加分（优待）申请表", "principal", "specific", A, "考生及监护人填写", is_form=True, basis="教育部高校招生工作规定（示例）")
mat("martyr-certificate", "烈士证明书", "principal", "specific", G, "退役军人事务部门核验", shared_source="退役军人信息系统", basis="《烈士褒扬条例》")
mat("overseas-status-proof", "华侨、归侨身份证明", "principal", "specific", G, "侨务部门核验", basis="《中华人民共和国归侨侨眷权益保护法》")
mat("merit-certificate", "立功受奖证书", "principal", "specific", G, "部队出具", shared_source="退役军人信息系统", basis="《退役军人保障法》")
mat("ethnicity-proof", "民族成分证明", "secondary", "specific", G, "户籍信息核验", shared_source="人口库", basis="教育部高校招生工作规定（示例）")
mat("appointment-form", "不动产登记预约单", "secondary", "specific", A, "网上预约生成", is_form=True, basis="《不动产登记暂行条例实施细则》")
mat("utility-transfer-form", "水电气过户申请表", "principal", "specific", A, "新旧户主信息", is_form=True, basis="《供电营业规则》（示例）")
mat("reserve-registration-form", "预备役登记表", "principal", "specific", A, "本人填写", is_form=True, basis="《中华人民共和国兵役法》")
mat("personal-tax-request", "个人所得税纳税记录开具申请", "secondary", "specific", A, "网上申请", is_form=True, basis="《中华人民共和国个人所得税法》")

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
           basis=None, fee=None, outcome=None, id_card_only=False, convenience=None):
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
       basis="《中华人民共和国市场主体登记管理条例》", outcome="营业执照",
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
       basis="《中华人民共和国母婴保健法》第二十三条", outcome="出生医学证明", materials=["birth-application", "id-card", "marriage-certificate"],
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
       form=DEAD + [("death_place", True), ("death_cause", True, {"options": ["正常死亡"]})] + HEIR)
matter("出具死亡证明(非正常死亡)", "tj-gaj", kind="public_service", audience="natural_person", modes=("one_visit",), statutory=5, promised=1,
       basis="《关于进一步规范人口死亡医学证明和信息登记管理工作的通知》", outcome="死亡证明", materials=["id-card"],
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
OUT.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{OUT}: {len(DEPARTMENTS)} departments, {len(E)} elements, {len(M)} materials, {len(matters)} matters, {len(BUNDLES)} bundles")
