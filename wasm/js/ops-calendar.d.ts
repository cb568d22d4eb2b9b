// Written by tools/schema/generate.py from core/data/schema.json (meta.schema); do not edit.
// Dates are 'YYYY-MM-DD' strings.

import type { Empty, Error, IsoDate, Period, Reason, SpecialStep } from './ops-common.mjs';

export type AddIn = {
  date: IsoDate;
  days: number;
};
export type BetweenIn = {
  from: IsoDate;
  to: IsoDate;
};
/** A day the notice sets otherwise than the projection (weekends and the statutory days alone). */
export type Change = {
  date: IsoDate;
  /** A working day by the notice. */
  workday: boolean;
  /** A working day by the projection. */
  projected_workday: boolean;
  holiday: string;
};
export type CheckYearIn = {
  file: unknown;
};
export type CheckYearOut = {
  year: number;
  complete: boolean;
  working_days: number;
  statutory: StatutoryOut[];
  source?: (YearSource | null);
  reasons: Reason[];
};
export type CoverageOut = {
  calendar: string;
  official: Range;
  projected?: (Range | null);
  sources: CoverageYear[];
  reasons: Reason[];
};
export type CoverageYear = {
  year: number;
  source: YearSource;
};
export type DateOut = {
  date: IsoDate;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DayIn = {
  date: IsoDate;
};
export type DayMove = {
  date: IsoDate;
  /** A working day on the engine's calendar now (`null`: no data for the day). */
  before: boolean | null;
  /** Projected now. */
  provisional: boolean;
  /** A working day once the year is loaded. */
  after: boolean;
};
export type DayOut = {
  date: IsoDate;
  workday: boolean;
  kind: string;
  holiday?: string | null;
  adjusted_for?: string | null;
  weekday: number;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DaysOut = {
  days: number;
  provisional?: boolean;
  reasons?: Reason[];
};
export type DeadlineIn = {
  start: IsoDate;
  period: Period;
  pauses?: Pause[];
};
export type DeadlineOut = {
  start: IsoDate;
  period: Period;
  due: IsoDate;
  paused_days: number;
  rolled_from?: (IsoDate | null);
  provisional?: boolean;
  reasons: Reason[];
};
export type DiffYearsIn = {
  text?: string | null;
  year?: number | null;
  year_file?: unknown;
  states?: unknown[];
  cases?: unknown[];
  today?: (IsoDate | null);
};
export type Failed = {
  list: string;
  index: number;
  error: Error;
};
/** One item of the notice: a holiday (or two merged, 国庆节、中秋节) and the days it sets. */
export type Holiday = {
  /** As the notice names it (元旦, 国庆节、中秋节 …). */
  name: string;
  /** Its days off, in date order. */
  days_off: IsoDate[];
  /** The weekend days worked for it (调休上班), in date order. */
  workdays: IsoDate[];
};
export type Move = {
  deadline: string;
  from: (IsoDate | null);
  to: IsoDate;
};
export type Moved = {
  index: number;
  id?: string | null;
  matter: string;
  moves: Move[];
};
export type ParseNoticeIn = {
  text: string;
  year?: number | null;
};
export type ParsedNotice = {
  year: number;
  source: SourceOut;
  days_off: IsoDate[];
  workdays: IsoDate[];
  holidays: Holiday[];
  year_files: unknown[];
  complete: boolean;
  statutory: StatutoryOut[];
  working_days: number;
  changes: Change[];
  reasons: Reason[];
};
/** A paused interval: both end days included; `step` names the special step when known. */
export type Pause = {
  /** First paused day. */
  from: IsoDate;
  /** Last paused day. */
  to: IsoDate;
  /** The special step that takes the time, if given. Steps whose time is counted (现场踏勘、审图、公示, …) do not pause the clock. */
  step?: (SpecialStep | null);
};
export type Range = {
  from: IsoDate;
  to: IsoDate;
};
export type SourceOut = {
  title: string | null;
  number: string | null;
  date: (IsoDate | null);
};
/** A statutory day off of the year and whether the year's data gives it as a day off. */
export type StatutoryOut = {
  holiday: string;
  day: string;
  date: IsoDate;
  present: boolean;
};
export type YearChanges = {
  year: number;
  days: DayMove[];
  commitments: Moved[];
  cases: Moved[];
  errors: Failed[];
  summary: YearChangesSummary;
  reasons: Reason[];
};
export type YearChangesSummary = {
  days: number;
  commitments: number;
  cases: number;
};
/** 国务院办公厅关于部分节假日安排的通知 — the notice that sets one year's arrangement. */
export type YearSource = {
  /** Title, e.g. 国务院办公厅关于2027年部分节假日安排的通知; `None` when the data does not say (holiday-cn's files name the notice's address, not its title): none is made up. */
  title?: string | null;
  /** 文号, e.g. 国办发明电〔2026〕N号. */
  number?: string | null;
  /** Issuer (国务院办公厅). */
  issuer?: string | null;
  /** Day of issue. */
  date?: (IsoDate | null);
  /** Where it is published. */
  url?: string | null;
};
/** The input of each calendar operation, by name. */
export interface CalendarOpInputs {
  "calendar.day": DayIn;
  "calendar.add_workdays": AddIn;
  "calendar.workdays_between": BetweenIn;
  "calendar.deadline": DeadlineIn;
  "calendar.check_year": CheckYearIn;
  "calendar.coverage": Empty;
  "calendar.parse_notice": ParseNoticeIn;
  "calendar.diff_years": DiffYearsIn;
}
/** The answer of each calendar operation, by name. */
export interface CalendarOpAnswers {
  "calendar.day": DayOut;
  "calendar.add_workdays": DateOut;
  "calendar.workdays_between": DaysOut;
  "calendar.deadline": DeadlineOut;
  "calendar.check_year": CheckYearOut;
  "calendar.coverage": CoverageOut;
  "calendar.parse_notice": ParsedNotice;
  "calendar.diff_years": YearChanges;
}
