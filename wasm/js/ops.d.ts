// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Every type of every operation, each from the module of its area.

export * from './ops-common.mjs';
export * from './ops-calendar.mjs';
export * from './ops-case.mjs';
export * from './ops-catalog.mjs';
export * from './ops-commitment.mjs';
export * from './ops-credit.mjs';
export * from './ops-form.mjs';
export * from './ops-id.mjs';
export * from './ops-matter.mjs';
export * from './ops-meta.mjs';
import type { CalendarOpInputs, CalendarOpAnswers } from './ops-calendar.mjs';
import type { CaseOpInputs, CaseOpAnswers } from './ops-case.mjs';
import type { CatalogOpInputs, CatalogOpAnswers } from './ops-catalog.mjs';
import type { CommitmentOpInputs, CommitmentOpAnswers } from './ops-commitment.mjs';
import type { CreditOpInputs, CreditOpAnswers } from './ops-credit.mjs';
import type { FormOpInputs, FormOpAnswers } from './ops-form.mjs';
import type { IdOpInputs, IdOpAnswers } from './ops-id.mjs';
import type { MatterOpInputs, MatterOpAnswers } from './ops-matter.mjs';
import type { MetaOpInputs, MetaOpAnswers } from './ops-meta.mjs';

/** The input of each operation, by name. */
export interface OpInputs
  extends CalendarOpInputs,
    CaseOpInputs,
    CatalogOpInputs,
    CommitmentOpInputs,
    CreditOpInputs,
    FormOpInputs,
    IdOpInputs,
    MatterOpInputs,
    MetaOpInputs {}
/** The answer of each operation, by name. */
export interface OpAnswers
  extends CalendarOpAnswers,
    CaseOpAnswers,
    CatalogOpAnswers,
    CommitmentOpAnswers,
    CreditOpAnswers,
    FormOpAnswers,
    IdOpAnswers,
    MatterOpAnswers,
    MetaOpAnswers {}
/** Every operation's name. */
export type OpName = keyof OpAnswers;
