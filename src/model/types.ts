/**
 * The data model of SPEC §2: records as loaded from the data folder, each with the
 * place it came from. Dates are `YYYY-MM-DD` strings, times `HH:MM` strings; no time
 * zone ever applies.
 */

/** A 1-based position in a file of the data folder (path relative to the folder, `/`-separated). */
export interface Source {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Where the items of one list are, in the record's own file, flat: line, column, line,
 * column, … (a member list of a million shifts would otherwise be millions of objects;
 * `itemSource` in model/located.ts gives one back as a `Source`).
 */
export type ItemPlaces = readonly number[];

/**
 * Where the value of each key is, in the record's own file, flat: key, line, column, key,
 * line, column, … (`placeOf` in model/located.ts gives one back as a `Source`; five objects a
 * record were half of what a loaded record weighed).
 */
export type KeyPlaces = readonly (string | number)[];

/** Where each key of a record, and each item of its lists, came from. */
export interface Located {
  readonly source: Source;
  /** Position of the value of each key present in the record (`members`, `date`, `leave.0.from`, …). */
  readonly at: KeyPlaces;
  /** Position of each item of list-valued keys (`members.2`, `except.0`, `groups.1`). */
  readonly items: Readonly<Record<string, ItemPlaces>>;
}

import type { MessageId } from './message-id.js';
import type { Narrative } from './narrative.js';

type UnitKind = 'doan' | 'cong-doan' | 'co-quan';

export interface Department extends Located {
  readonly id: string;
  readonly name: string;
}

export interface Unit extends Located {
  readonly name: string;
  readonly parent?: string;
  readonly place?: string;
  readonly kind: UnitKind;
  readonly departments: readonly Department[];
  /** Ký hiệu of the issuing body, in "Số: …/BC-<code>" (SPEC §8). */
  readonly code?: string;
  /** Who signs the report (SPEC §8); each line optional. */
  readonly signer?: Signer;
  /** Nơi nhận, in the order written; absent = the parent body and the archive. */
  readonly recipients?: readonly string[];
}

export interface Signer {
  /** Thẩm quyền ký: `TM. BAN CHẤP HÀNH`, `KT. GIÁM ĐỐC`. */
  readonly onBehalf?: string;
  readonly title?: string;
  readonly name?: string;
}

export interface Member extends Located {
  readonly id: string;
  readonly name: string;
  readonly department: string;
  readonly title?: string;
  readonly groups: readonly string[];
  readonly joined?: string;
  readonly left?: string;
  readonly directWorker: boolean;
  /** Periods of leave (SPEC §6), in the order written; `source` is the period's place. */
  readonly leave: readonly LeavePeriod[];
}

export type LeaveKind = 'maternity' | 'sick' | 'work-injury' | 'study' | 'unpaid' | 'other';
export const LEAVE_KINDS: readonly LeaveKind[] = ['maternity', 'sick', 'work-injury', 'study', 'unpaid', 'other'];

export interface LeavePeriod {
  readonly from: string;
  readonly to: string;
  readonly kind: LeaveKind;
  /** The period's place in the `leave` list. */
  readonly source: Source;
  /** Where the value of each of its keys is (`from`, `to`, `kind`), for messages about one of them. */
  readonly at: Readonly<Record<string, Source>>;
}

/** The yearly staff rating (SPEC §6), best first: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type RatingLevel = 'htxs' | 'htt' | 'ht' | 'kht';
export const RATING_LEVELS: readonly RatingLevel[] = ['htxs', 'htt', 'ht', 'kht'];

/** One member's rating for one year, from a `ratings/` file. */
export interface Rating {
  readonly year: number;
  readonly member: string;
  readonly level: RatingLevel;
  /** The decision of the file it came from. */
  readonly decision?: string;
  readonly date?: string;
  /** The member id's place in the file (the key of `levels`). */
  readonly source: Source;
}

/** A ratings file as written: its year and where its keys are, for messages. */
export interface RatingsFile extends Located {
  readonly year: number;
  readonly decision?: string;
  readonly date?: string;
  readonly ratings: readonly Rating[];
}

export type Level = 'co-so' | 'tinh' | 'toan-quoc';
export const LEVELS: readonly Level[] = ['co-so', 'tinh', 'toan-quoc'];
export type ViolationType = 'late' | 'early-leave' | 'personal-work' | 'absent' | 'other';
export const VIOLATION_TYPES: readonly ViolationType[] = ['late', 'early-leave', 'personal-work', 'absent', 'other'];
type ViolationSeverity = 'reminder' | 'formal';
/**
 * Forms of formal discipline (SPEC §6), lightest first: khiển trách < cảnh cáo < hạ bậc
 * lương < giáng chức < cách chức < buộc thôi việc.
 */
export type DisciplineForm = 'khien-trach' | 'canh-cao' | 'ha-bac-luong' | 'giang-chuc' | 'cach-chuc' | 'buoc-thoi-viec';
export const DISCIPLINE_FORMS: readonly DisciplineForm[] = ['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec'];

/** `all`, or a list of member ids that may contain `dept:<department-id>`. */
type MemberSelector = 'all' | readonly string[];

export interface Activity extends Located {
  readonly id?: string;
  readonly kind: string;
  readonly date: string;
  readonly end?: string;
  readonly title?: string;
  readonly members: MemberSelector;
  readonly except: readonly string[];
  /** Hours per person as written; `undefined` means the kind's default (else 0). */
  readonly hours?: number;
  readonly note?: string;
  // initiative and research
  readonly level?: Level;
  readonly recognized?: string;
  /** Research: the acceptance (nghiệm thu) date. */
  readonly accepted?: string;
  readonly decision?: string;
  readonly in01m: boolean;
  // violation
  readonly type?: ViolationType;
  readonly minutes?: number;
  readonly severity: ViolationSeverity;
  /** A formal violation's form: as written, else `khien-trach`; absent on reminders. */
  readonly form?: DisciplineForm;
}

export interface Shift extends Located {
  readonly date: string;
  readonly type: string;
  readonly department: string;
  readonly members: readonly string[];
  readonly start?: string;
  readonly end?: string;
  readonly note?: string;
}

export interface Criterion {
  readonly id: string;
  readonly label: string;
  readonly minCount: number;
  readonly minHours: number;
  /** Present only when the criterion limits violations. */
  readonly maxViolations?: number;
}

export interface Kind {
  readonly id: string;
  readonly label: string;
  readonly criterion?: string;
  readonly hours?: number;
}

export interface Phase {
  readonly name: string;
  /** `MM-DD` */
  readonly from: string;
  /** `MM-DD` */
  readonly to: string;
}

/** A duty class of SPEC §7: the share of a 24-hour duty's allowance (24/24, 16/24, 12/24 giờ, not paid). */
export type DutyClass = 1 | 0.75 | 0.5 | 0;

export interface ShiftType {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  /** The duty class every shift of this type has; absent = by the shift's duration. */
  readonly allowance?: DutyClass;
  /** The short code of this type in a roster grid (`thidua import shifts`, SPEC §9); absent = only the id. */
  readonly code?: string;
}

/** The duty allowance rules (SPEC §7), present only when rules.yaml has an `allowance` block. */
export interface AllowanceRules {
  /** Đồng per person per 24-hour duty. */
  readonly rate: number;
  /** Department ids whose shifts are paid × `intensiveFactor`. */
  readonly intensiveCare: readonly string[];
  readonly intensiveFactor: number;
  readonly weekendFactor: number;
  readonly holidayFactor: number;
}

export interface CoverageRule {
  readonly department: string;
  readonly type: string;
  readonly min: number;
  readonly from?: string;
  readonly to?: string;
  readonly source?: Source;
}

export interface Rules {
  readonly population: { readonly groups: readonly string[] };
  /** In the order written (default: community, work, self). */
  readonly criteria: readonly Criterion[];
  /** Keyed by kind id; default kinds first, then the unit's own, in the order written. */
  readonly kinds: Readonly<Record<string, Kind>>;
  readonly phases: readonly Phase[];
  readonly innovation: {
    readonly target: number;
    readonly minLevel: Level;
    readonly require01m: boolean;
  };
  readonly commendation: {
    readonly advancedWorker: {
      readonly minRating: RatingLevel;
      readonly minTenureMonths: number;
      readonly maxFormalViolations: number;
      readonly maxLeaveDays: number;
    };
    readonly emulationFighter: { readonly cap: number; readonly rounding: 'floor' | 'half-up' };
    readonly advancedCollective: { readonly minShare: number; readonly blockFrom: DisciplineForm };
    readonly excellentCollective: { readonly minShare: number; readonly blockFrom: DisciplineForm };
  };
  readonly shifts: {
    readonly types: Readonly<Record<string, ShiftType>>;
    readonly nightWindow: { readonly start: string; readonly end: string };
    readonly minRestHours: number;
    readonly maxNightsPerMonth: number;
    readonly coverage: readonly CoverageRule[];
  };
  readonly holidays: readonly string[];
  /** `null` when rules.yaml has no `allowance` block: no allowance is computed. */
  readonly allowance: AllowanceRules | null;
  /** Where each rules key was written, for messages (`criteria.work`, `kinds.sport`, …). */
  readonly at: Readonly<Record<string, Source>>;
  /** The rules file read (`rules.yaml` or `rules.yml`), where a key missing from `at` is placed; `rules.yaml` when there is none. */
  readonly file: string;
}

/** Everything loaded from one data folder. Lists are in a canonical order (file path, then line). */
export interface DataSet {
  readonly dir: string;
  readonly unit: Unit;
  readonly rules: Rules;
  readonly members: readonly Member[];
  readonly activities: readonly Activity[];
  readonly shifts: readonly Shift[];
  /** The `ratings/` files, in canonical order. */
  readonly ratings: readonly RatingsFile[];
  /** The clerk's words for reports, `narrative/<period>.md` (SPEC §8); absent = none. */
  readonly narratives?: readonly Narrative[];
}

type Severity = 'error' | 'warning';

/** Stable issue codes (SPEC §4, plus the loader's own). */
export type IssueCode =
  | 'yaml-syntax'
  | 'schema'
  | 'duplicate-id'
  | 'unknown-member'
  | 'unknown-department'
  | 'unknown-kind'
  | 'unknown-shift-type'
  | 'member-inactive'
  | 'bad-date'
  | 'date-order'
  | 'shift-overlap'
  | 'duplicate-rating'
  | 'leave-overlap'
  | 'duplicate-record'
  | 'rest'
  | 'night-limit'
  | 'coverage'
  | 'file-read'
  | 'missing-file'
  | 'ignored-file'
  | 'narrative-section';

/**
 * Stable codes of what `report` notices about the window it was asked for, not about the
 * data's validity: printed like an issue (`file:line:col: warning: … [code]`), by `report`
 * only, never by `check`, never an error (docs/decisions.md).
 */
export type ReportWarningCode = 'empty-period';

/** A warning of `report` about its window, worded like an issue by the message catalogue. */
export interface ReportWarning {
  readonly code: ReportWarningCode;
  readonly severity: 'warning';
  readonly source: Source;
  readonly message: MessageId;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A problem found in the data: pure data, rendered into words by the message catalogue
 * of the report language (`src/i18n`). `message` names a catalogue entry; `params` fill it.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly source: Source;
  readonly message: MessageId;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A key of the message catalogue (`src/i18n/vi.ts` `issues`): a typo does not compile. */
export type { MessageId };
