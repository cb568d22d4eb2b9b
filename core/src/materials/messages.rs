//! The reasons of materials: 证明清理 (`material.review`; 通知 三(二), 三(六); 宝坻 二(一)2, 二(七))
//! and the materials an application needs (`materials.resolve`; 一网通办办法 第二十二条; 公开公示办法
//! 第十二条(四); 信用承诺办法 第三条) — each message with its code, citation and both templates.

use crate::reason::{doc, Citation};
use chrono::NaiveDate;

const BASIS: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(二)");
const GROUNDS: Citation = Citation::new(doc::TJ_2018_NOTICE, "三(六)");
const BAODI_PROOFS: Citation = Citation::new(doc::BAODI_2018, "二(七)");
const BAODI_MATERIALS: Citation = Citation::new(doc::BAODI_2018, "二(一)2");
const SHARED: Citation = Citation::new(doc::TJ_2018_ONENET, "第二十二条");
const ON_FILE: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十二条(四)4");
const LETTER: Citation = Citation::new(doc::BAODI_2018, "二(一)2");
const DEFERRED: Citation = Citation::new(doc::TJ_2018_COMMITMENT, "第三条");
const REQUIRED: Citation = Citation::new(doc::TJ_2018_DISCLOSURE, "第十二条(四)");

messages! {
    /// 证明清理: the grounds for cancelling a proof, and keeping it.
    pub enum ReviewMsg<'a> {
        /// No basis in law, regulation or rules (通知 三(二)).
        NoBasis { basis: &'a str } => "proof.no_basis", BASIS,
            "其依据为{basis}，不是法律、法规或规章",
            "it rests on {basis} — not a law, regulation or rule";
        /// A local regulation without reason (宝坻 二(七)).
        UnreasonableLocalRegulation => "proof.unreasonable_local_regulation", BAODI_PROOFS,
            "地方性法规设定但不合理、不必要：按程序取消",
            "a local regulation requires it without reason or need: cancel by the set procedure";
        /// 通知 三(六).
        ObtainableInternally => "proof.obtainable_internally", GROUNDS,
            "可通过内部调查或数据共享获取",
            "it can be obtained by internal investigation or data sharing";
        /// 通知 三(六).
        ProvenByCertificate => "proof.proven_by_certificate", GROUNDS,
            "申请人的有效证件或证照即可证明",
            "a valid ID or certificate of the applicant proves it";
        /// 通知 三(六).
        ReplaceableByCommitment => "proof.replaceable_by_commitment", GROUNDS,
            "可用书面承诺、签字声明或协议代替",
            "a written commitment, signed statement or agreement can replace it";
        /// 通知 三(六).
        IssuerCannotVerify => "proof.issuer_cannot_verify", GROUNDS,
            "开具单位无权或无法核实",
            "the issuing unit has no power or no means to verify it";
        /// 宝坻 二(七).
        CoveredByOther => "proof.covered_by_other", BAODI_PROOFS,
            "已被其他材料涵盖或替代",
            "another material covers or replaces it";
        /// 宝坻 二(七).
        CheckableOnline => "proof.checkable_online", BAODI_PROOFS,
            "可通过网络核验",
            "it can be checked online";
        /// 宝坻 二(一)2.
        IntermediaryCommissionable => "proof.intermediary_commissionable", BAODI_MATERIALS,
            "可由行政机关自行委托中介服务",
            "the authority can commission the intermediary's work itself";
        /// 以函代证 (宝坻 二(一)2).
        Letter => "proof.letter", BAODI_MATERIALS,
            "属其他部门的决定，以该部门函件转达（以函代证）",
            "it is another department's decision, which a letter from that department conveys (以函代证)";
        /// Unobtainable by normal means, no major effect (宝坻 二(一)2).
        Unobtainable => "proof.unobtainable", BAODI_MATERIALS,
            "申请人通过正常途径无法获取，且取消后通过事中事后监管不会产生重大影响",
            "the applicant cannot obtain it by normal means, and supervision during and after can manage without it with no major effect";
        /// Kept, with its basis (宝坻 二(七)).
        Kept { basis: String } => "proof.kept", BAODI_PROOFS,
            "保留：其依据为{basis}，不符合任何取消情形；依据已列明",
            "kept: it rests on {basis} and no ground for cancelling applies; its basis is listed";
    }
}

messages! {
    /// 一次告知、一套材料: how each material of an application is obtained.
    pub enum ResolveMsg<'a> {
        /// The shared source cannot be reached (一网通办办法 第二十二条).
        SourceUnavailable { source: &'a str } => "material.source_unavailable", SHARED,
            "本案无法访问{source}",
            "{source} cannot be reached for this case";
        /// Obtained by sharing (一网通办办法 第二十二条).
        Shared { source: &'a str } => "material.shared", SHARED,
            "{source}已有此材料，通过共享获取，不向申请人索要",
            "{source} holds it; it is obtained by sharing, not asked for";
        /// On file, without an expiry (公开公示办法 第十二条(四)4).
        OnFile => "material.on_file", ON_FILE,
            "此前已提交；一次提交，各处通用",
            "submitted before; one submission is valid everywhere";
        /// On file and valid (公开公示办法 第十二条(四)4).
        OnFileUntil { until: NaiveDate } => "material.on_file", ON_FILE,
            "此前已提交，有效期至{until}",
            "submitted before and valid until {until}";
        /// On file, expired (公开公示办法 第十二条(四)4).
        OnFileExpired { until: NaiveDate } => "material.on_file_expired", ON_FILE,
            "已存档的材料已于{until}过期",
            "the copy on file expired on {until}";
        /// 以函代证 (宝坻 二(一)2).
        Letter => "material.letter", LETTER,
            "以作出决定部门的函件代替（以函代证）",
            "the deciding department's letter replaces it (以函代证)";
        /// 容缺后补 (信用承诺办法 第三条).
        Deferred => "material.deferred", DEFERRED,
            "可容缺后补：在承诺期限内补交",
            "deferrable: to be supplied within the committed period (容缺后补)";
        /// To be submitted once, for several matters (公开公示办法 第十二条(四)).
        RequiredShared { matters: usize } => "material.required", REQUIRED,
            "需提交，{matters}个事项共用一份",
            "to be submitted once for {matters} matters";
        /// To be submitted (公开公示办法 第十二条(四)).
        Required => "material.required", REQUIRED,
            "需提交",
            "to be submitted";
    }
}

texts! {
    /// What resolving materials needs.
    pub enum MaterialsText<'a> {
        /// A validity to check without today.
        NeedsToday { id: &'a str } => "核对 {id} 的有效期需要 dossier.today", "dossier.today is needed to check the validity of {id}";
    }
}
