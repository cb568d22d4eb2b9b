// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

/** Constraints that cannot all hold. */
export type Conflict = {
  /** Data element. */
  element: string;
  /** `options`, `range`, `length` or `type`. */
  kind: string;
  /** Every side. */
  sides: Side[];
  /** What cannot hold. */
  message: string;
};
/** What one department receives: its matters. */
export type DepartmentPacket = {
  /** The department. */
  department: FormDepartment;
  /** Its matters, in form order. */
  matters: string[];
};
/** 数据元素类型 — the type of a form field's data element. */
export type ElementType = ("string" | "text" | "date" | "integer" | "decimal" | "boolean" | "enum" | "phone" | "resident_id" | "uscc");
/** One field of the merged form. */
export type Field = {
  /** Data element. */
  element: string;
  /** Label (the element's). */
  label: string;
  /** Type. */
  type: ElementType;
  /** Required if any matter's form requires it. */
  required: boolean;
  /** The strictest constraints. */
  constraints: FieldConstraints;
  /** The shared source that holds it, if any. */
  shared_source?: string | null;
  /** Needed by more than one matter. */
  common: boolean;
  /** The matters that need it. */
  needed_by: string[];
  /** Their departments. */
  departments: string[];
  /** The earlier matter of this form whose result produces it: not asked of the applicant (the platform fills it in once that matter is decided). */
  produced_by?: string | null;
};
/** Constraints of a merged field: the strictest of all forms. */
export type FieldConstraints = {
  /** Maximum length. */
  max_len?: number | null;
  /** Minimum. */
  min?: unknown;
  /** Maximum. */
  max?: unknown;
  /** Patterns; a value must match all. */
  patterns?: string[];
  /** Allowed values. */
  options?: string[] | null;
};
/** One problem with one value. */
export type FieldError = {
  /** Data element. */
  element: string;
  /** `form.required`, `form.type`, `form.date`, `form.integer`, `form.decimal`, `form.phone`, `form.resident_id`, `form.uscc`, `form.options`, `form.max_len`, `form.min`, `form.max`, `form.pattern`, `form.unknown_element`. */
  code: string;
  /** What is wrong (never the identifier itself). */
  message: string;
};
/** A merged form. */
export type Form = {
  /** The bundle, when one was chosen. */
  bundle?: string | null;
  /** Matter codes in 前置 order. */
  order: string[];
  /** The matters with their own forms. */
  matters: FormMatter[];
  /** The merged fields: common first, then each matter's own. */
  fields: Field[];
  /** One set of materials. */
  materials: FormMaterial[];
  /** Conflicts found. */
  conflicts: Conflict[];
  /** Why matters were added or ordered. */
  reasons: StoredReason[];
};
/** A department as the form names it. */
export type FormDepartment = {
  /** Id. */
  id: string;
  /** Name. */
  name: string;
};
/** A material of the merged form, asked for once. */
export type FormMaterial = {
  /** Material id. */
  material: string;
  /** Name. */
  name: string;
  /** Required by at least one matter. */
  required: boolean;
  /** Used by more than one matter. */
  common: boolean;
  /** The matters that need it. */
  needed_by: string[];
  /** The earlier matter of this form whose result produces it: not asked of the applicant. */
  produced_by?: string | null;
};
/** A matter in the merged form. */
export type FormMatter = {
  /** Code. */
  code: string;
  /** Name. */
  name: string;
  /** The responsible department (the bundle's 责任单位, else the implementing department). */
  department: FormDepartment;
  /** Why it is in the form when it was not chosen (`together`). */
  pulled_in_by?: string | null;
  /** Its own form, in its own order and labels. */
  fields: OwnField[];
};
export type MergeIn = {
  matters?: string[] | null;
  bundle?: string | null;
  choose?: string[] | null;
};
/** One field of a matter's own form, as that matter labels it. */
export type OwnField = {
  /** Data element. */
  element: string;
  /** The matter's own label. */
  label: string;
  /** Whether the matter requires it. */
  required: boolean;
};
/** What one matter receives. */
export type Packet = {
  /** Matter code. */
  matter: string;
  /** Matter name. */
  name: string;
  /** Its department. */
  department: FormDepartment;
  /** Values keyed by element id: exactly the elements of this matter's form. */
  values: Record<string, unknown>;
  /** The same, in the matter's own order and labels. */
  fields: PacketField[];
};
/** One field of a packet. */
export type PacketField = {
  /** Data element. */
  element: string;
  /** The matter's own label. */
  label: string;
  /** Whether the matter requires it. */
  required: boolean;
  /** The value (null when none was given). */
  value: unknown;
};
/** The result of a prefill. */
export type Prefill = {
  /** Values after prefilling, in the form's field order. */
  values: Record<string, unknown>;
  /** Which shared source filled which element. */
  filled_from: Record<string, unknown>;
  /** Elements the applicant typed and the shared source holds differently; kept as typed. */
  kept: string[];
  /** Elements still without a value. */
  to_fill: string[];
  /** Of those, the required ones. */
  required_to_fill: string[];
};
export type PrefillIn = {
  form: unknown;
  shared?: Record<string, unknown>;
  values?: Record<string, unknown>;
  overwrite?: boolean;
};
/** One side of a conflict. */
export type Side = {
  /** The matter (or `element` for the element's own constraint). */
  source: string;
  /** The constraint's value there. */
  value: unknown;
};
/** `form.split`'s answer. */
export type Split = {
  /** Each matter's own fields and values. */
  packets: Packet[];
  /** The matters of each department. */
  departments: DepartmentPacket[];
};
/** A citation as stored data. */
export type StoredCitation = {
  /** Source document id. */
  doc: string;
  /** Article. */
  article: string;
  /** The citation as printed. */
  text?: string | null;
};
/** A reason as stored data (in a merged form a host keeps): the same JSON as [`Reason`], with owned text so that it can be read back. */
export type StoredReason = {
  /** Code. */
  code: string;
  /** Message. */
  message: string;
  /** Citation. */
  citation: StoredCitation;
};
/** `form.validate`'s answer. */
export type Validation = {
  /** No errors. */
  valid: boolean;
  /** One per element and code. */
  errors: FieldError[];
};
export type ValuesIn = {
  form: unknown;
  values?: Record<string, unknown>;
};
/** The input of each form operation, by name. */
export interface FormOpInputs {
  "form.merge": MergeIn;
  "form.prefill": PrefillIn;
  "form.validate": ValuesIn;
  "form.split": ValuesIn;
}
/** The answer of each form operation, by name. */
export interface FormOpAnswers {
  "form.merge": Form;
  "form.prefill": Prefill;
  "form.validate": Validation;
  "form.split": Split;
}
