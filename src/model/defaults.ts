/**
 * The rules that apply when rules.yaml is silent (SPEC §2), and the merge of a unit's
 * rules.yaml over them (SPEC §3 "Fine points").
 */
import type { AllowanceRules, CoverageRule, Criterion, Kind, Level, Phase, Rules, ShiftType, Source } from './types.js';
import type { RulesInput } from './schemas.js';

export const DEFAULT_RULES: Required<Omit<RulesInput, 'criteria' | 'kinds' | 'allowance'>> & {
  criteria: NonNullable<RulesInput['criteria']>;
  kinds: NonNullable<RulesInput['kinds']>;
} = {
  population: { groups: [] },
  criteria: {
    community: { label: 'Trách nhiệm với cộng đồng', min_count: 2, min_hours: 0 },
    work: { label: 'Trách nhiệm với công việc', min_count: 0, min_hours: 0, max_violations: 2 },
    self: { label: 'Trách nhiệm với bản thân', min_count: 4, min_hours: 0 },
  },
  kinds: {
    volunteer: { label: 'Hoạt động tình nguyện', criterion: 'community' },
    'free-clinic': { label: 'Khám, chữa bệnh miễn phí', criterion: 'community', hours: 4 },
    'green-sunday': { label: 'Ngày Chủ nhật xanh', criterion: 'community', hours: 3 },
    'blood-donation': { label: 'Hiến máu tình nguyện', criterion: 'community' },
    charity: { label: 'Thăm hỏi, tặng quà gia đình chính sách', criterion: 'community' },
    initiative: { label: 'Sáng kiến, giải pháp', criterion: 'work' },
    'it-application': { label: 'Ứng dụng công nghệ thông tin', criterion: 'work' },
    study: { label: 'Học tập chính trị, sinh hoạt chuyên đề', criterion: 'self' },
    training: { label: 'Bồi dưỡng chuyên môn, nghiệp vụ', criterion: 'self' },
    sport: { label: 'Rèn luyện thể dục thể thao', criterion: 'self' },
    violation: { label: 'Vi phạm kỷ luật, giờ giấc' },
    award: { label: 'Khen thưởng' },
    research: { label: 'Đề tài, đề án khoa học' },
  },
  phases: [
    { name: 'Đợt 1', from: '01-01', to: '06-30' },
    { name: 'Đợt 2', from: '07-01', to: '12-31' },
  ],
  innovation: { target: 0.2, min_level: 'co-so', require_01m: true },
  commendation: {
    advanced_worker: { min_rating: 'htt', min_tenure_months: 10, max_formal_violations: 0, max_leave_days: 40 },
    emulation_fighter: { cap: 0.15, rounding: 'floor' },
    advanced_collective: { min_share: 0.5, block_from: 'canh-cao' },
    excellent_collective: { min_share: 0.7, block_from: 'canh-cao' },
  },
  shifts: {
    types: {
      day: { start: '07:00', end: '17:00' },
      night: { start: '17:00', end: '07:00' },
    },
    night_window: { start: '22:00', end: '06:00' },
    min_rest_hours: 12,
    max_nights_per_month: 10,
    coverage: [],
  },
  holidays: [],
};

/**
 * The factors of QĐ 73/2011/QĐ-TTg Art. 2, used when an `allowance` block leaves one out.
 * The block itself is absent by default (no allowance is computed); its `rate` is required.
 */
const DEFAULT_ALLOWANCE_FACTORS = { intensive_factor: 1.5, weekend_factor: 1.3, holiday_factor: 1.8 } as const;

function resolveAllowance(input: RulesInput['allowance']): AllowanceRules | null {
  if (input === undefined) return null;
  const F = DEFAULT_ALLOWANCE_FACTORS;
  return {
    rate: input.rate,
    intensiveCare: [...(input.intensive_care ?? [])],
    intensiveFactor: input.intensive_factor ?? F.intensive_factor,
    weekendFactor: input.weekend_factor ?? F.weekend_factor,
    holidayFactor: input.holiday_factor ?? F.holiday_factor,
  };
}

/** Kinds the tool itself gives meaning to; a unit may relabel them but not remove them. */
export const BUILT_IN_KINDS = ['initiative', 'violation', 'award', 'research'] as const;

/** Where a unit's rules were written: each key's place, and the file they came from. */
interface RulesOrigin {
  readonly at?: Readonly<Record<string, Source>>;
  /** `rules.yaml` unless told. */
  readonly file?: string;
}

/**
 * Merges a unit's rules over the defaults: `criteria` replaces the default set; `kinds`
 * and `shifts.types` entries add or replace whole entries; other maps merge key by key;
 * lists replace.
 */
export function resolveRules(input: RulesInput, origin: RulesOrigin = {}): Rules {
  const at = origin.at ?? {};
  const D = DEFAULT_RULES;
  const criteriaInput = input.criteria ?? D.criteria;
  const criteria: Criterion[] = Object.entries(criteriaInput).map(([id, c]) => ({
    id,
    label: c.label,
    minCount: c.min_count ?? 0,
    minHours: c.min_hours ?? 0,
    ...(c.max_violations === undefined ? {} : { maxViolations: c.max_violations }),
  }));
  const kinds: Record<string, Kind> = {};
  for (const [id, k] of Object.entries({ ...D.kinds, ...(input.kinds ?? {}) })) {
    kinds[id] = {
      id,
      label: k.label,
      ...(k.criterion === undefined ? {} : { criterion: k.criterion }),
      ...(k.hours === undefined ? {} : { hours: k.hours }),
    };
  }
  const phases: Phase[] = (input.phases ?? D.phases).map((p) => ({ name: p.name, from: p.from, to: p.to }));
  const innovation = { ...D.innovation, ...(input.innovation ?? {}) };
  const commendation = input.commendation ?? {};
  const shiftsIn = input.shifts ?? {};
  const types: Record<string, ShiftType> = {};
  for (const [id, t] of Object.entries({ ...D.shifts.types, ...(shiftsIn.types ?? {}) })) {
    types[id] = {
      id,
      start: t.start,
      end: t.end,
      ...('allowance' in t && t.allowance !== undefined ? { allowance: t.allowance } : {}),
      ...('code' in t && t.code !== undefined ? { code: t.code } : {}),
    };
  }
  const nightWindow = { ...D.shifts.night_window, ...(shiftsIn.night_window ?? {}) } as { start: string; end: string };
  const coverage: CoverageRule[] = (shiftsIn.coverage ?? []).map((c, i) => {
    const source = at[`shifts.coverage.${i}`];
    return {
      department: c.department,
      type: c.type,
      min: c.min,
      ...(c.from === undefined ? {} : { from: c.from }),
      ...(c.to === undefined ? {} : { to: c.to }),
      ...(source === undefined ? {} : { source }),
    };
  });
  const aw = { ...D.commendation.advanced_worker, ...(commendation.advanced_worker ?? {}) };
  const ef = { ...D.commendation.emulation_fighter, ...(commendation.emulation_fighter ?? {}) };
  const ac = { ...D.commendation.advanced_collective, ...(commendation.advanced_collective ?? {}) };
  const xc = { ...D.commendation.excellent_collective, ...(commendation.excellent_collective ?? {}) };
  return {
    population: { groups: input.population?.groups ?? D.population.groups ?? [] },
    criteria,
    kinds,
    phases,
    innovation: {
      target: innovation.target ?? 0.2,
      minLevel: (innovation.min_level ?? 'co-so') as Level,
      require01m: innovation.require_01m ?? true,
    },
    commendation: {
      advancedWorker: {
        minRating: aw.min_rating ?? 'htt',
        minTenureMonths: aw.min_tenure_months ?? 10,
        maxFormalViolations: aw.max_formal_violations ?? 0,
        maxLeaveDays: aw.max_leave_days ?? 40,
      },
      emulationFighter: { cap: ef.cap ?? 0.15, rounding: ef.rounding ?? 'floor' },
      advancedCollective: { minShare: ac.min_share ?? 0.5, blockFrom: ac.block_from ?? 'canh-cao' },
      excellentCollective: { minShare: xc.min_share ?? 0.7, blockFrom: xc.block_from ?? 'canh-cao' },
    },
    shifts: {
      types,
      nightWindow,
      minRestHours: shiftsIn.min_rest_hours ?? D.shifts.min_rest_hours ?? 12,
      maxNightsPerMonth: shiftsIn.max_nights_per_month ?? D.shifts.max_nights_per_month ?? 10,
      coverage,
    },
    holidays: [...(input.holidays ?? [])],
    allowance: resolveAllowance(input.allowance),
    at,
    file: origin.file ?? 'rules.yaml',
  };
}

/** Where the rules key `key` (`shifts.coverage.0.type`) was written; the top of the rules file when it was not. */
export function rulesAt(rules: Rules, key: string): Source {
  return rules.at[key] ?? { file: rules.file, line: 1, column: 1 };
}
