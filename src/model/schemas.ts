/**
 * The record schemas of SPEC §2, written once with zod. The loader validates with them and
 * `thidua schema` turns them into JSON Schema for editors (descriptions are the hover help).
 */
import { z } from 'zod';
import { WINDOW_YEARS } from './dates.js';
import { hasVisible } from './visible.js';
import { MONTH_DAY_PATTERN } from './record-keys.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The message ids of values in the wrong format, attached to the schemas that check them
 * (zod's `error`): validation hands them back as the message of its issue, and the loader
 * words the problem by them (src/load/validate.ts).
 */
export const FORMAT_MESSAGES = ['bad-id', 'bad-date', 'bad-time', 'bad-month-day'] as const;

const id = z.string().regex(ID_PATTERN, { error: 'bad-id' });
// A date's type check says `bad-date` too: a list or a map where a date belongs is a bad date.
const date = z.string({ error: 'bad-date' }).regex(DATE_PATTERN, { error: 'bad-date' });
const time = z.string().regex(TIME_PATTERN, { error: 'bad-time' });
const monthDay = z.string().regex(MONTH_DAY_PATTERN, { error: 'bad-month-day' });
// A name or a title must show something: not only spaces or invisible characters (message `blank-text`).
const text = z.string().min(1).refine((s) => s === '' || hasVisible(s), { error: 'blank-text' });
/**
 * Every number has a ceiling far above any real record, so that a slip (`1e308`, a pasted
 * phone number) is an error at its place instead of a sum that overflows to Infinity.
 */
const count = z.number().int().min(0).max(1_000_000);
/** Hours and counts of a year: a year has 8,784 hours at most. */
const amount = z.number().min(0).max(10_000);
const share = z.number().min(0).max(1);

const d = <T extends z.ZodType>(schema: T, description: string): T => schema.describe(description) as T;
/** Values an editor offers when completing (JSON Schema `examples`); validation is unchanged. */
const ex = <T extends z.ZodType>(schema: T, examples: readonly unknown[]): T => schema.meta({ examples: [...examples] }) as T;
/** A ready-made record an editor can insert (the YAML extension's `defaultSnippets`). */
const snippet = <T extends z.ZodType>(schema: T, label: string, description: string, body: Record<string, unknown>): T =>
  schema.meta({ defaultSnippets: [{ label, description, body }] }) as T;

/** The built-in activity kinds, offered when completing `kind:` (a unit may add its own in rules.yaml). */
const KIND_EXAMPLES = [
  'volunteer',
  'free-clinic',
  'green-sunday',
  'blood-donation',
  'charity',
  'initiative',
  'it-application',
  'study',
  'training',
  'sport',
  'violation',
  'award',
  'research',
];

const KIND_TEXT =
  'Loại hoạt động: volunteer (tình nguyện), free-clinic (khám bệnh miễn phí), green-sunday (Chủ nhật xanh), blood-donation (hiến máu), ' +
  'charity (thăm hỏi, tặng quà), initiative (sáng kiến), it-application (ứng dụng CNTT), study (học tập chính trị), ' +
  'training (bồi dưỡng chuyên môn), sport (thể dục thể thao), violation (vi phạm), award (khen thưởng), ' +
  'research (đề tài, đề án khoa học) hoặc loại riêng trong rules.yaml';

/** The discipline forms of SPEC §6, lightest first. */
const FORMS = ['khien-trach', 'canh-cao', 'ha-bac-luong', 'giang-chuc', 'cach-chuc', 'buoc-thoi-viec'] as const;
const FORMS_TEXT =
  'khien-trach (khiển trách), canh-cao (cảnh cáo), ha-bac-luong (hạ bậc lương), ' +
  'giang-chuc (giáng chức), cach-chuc (cách chức), buoc-thoi-viec (buộc thôi việc)';
/** The yearly staff ratings of SPEC §6, best first. */
const RATINGS = ['htxs', 'htt', 'ht', 'kht'] as const;
const RATINGS_TEXT = 'htxs (hoàn thành xuất sắc nhiệm vụ), htt (hoàn thành tốt nhiệm vụ), ht (hoàn thành nhiệm vụ), kht (không hoàn thành nhiệm vụ)';

const leaveSchema = d(z.strictObject({
  from: d(date, 'Ngày bắt đầu nghỉ (YYYY-MM-DD)'),
  to: d(date, 'Ngày cuối cùng nghỉ (YYYY-MM-DD)'),
  kind: d(
    z.enum(['maternity', 'sick', 'work-injury', 'study', 'unpaid', 'other']),
    'Loại nghỉ: maternity (thai sản), sick (ốm đau), work-injury (tai nạn lao động), study (đi học), unpaid (nghỉ không lương), other (khác)',
  ),
}), 'Một đợt nghỉ: from, to, kind');

const departmentSchema = d(z.strictObject({
  id: d(id, 'Mã khoa/phòng, viết thường không dấu, ví dụ: hscc'),
  name: d(text, 'Tên khoa/phòng, ví dụ: Khoa Hồi sức cấp cứu'),
}), 'Một khoa/phòng: id (mã) và name (tên)');

export const unitSchema = z.strictObject({
  name: d(text, 'Tên đơn vị, ví dụ: Chi đoàn Trung tâm Y tế huyện Quế Sơn'),
  parent: d(text, 'Cơ quan cấp trên, ví dụ: Huyện đoàn Quế Sơn').optional(),
  place: d(text, 'Địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ: Quế Sơn').optional(),
  kind: d(
    z.enum(['doan', 'cong-doan', 'co-quan']),
    'Loại đơn vị, quyết định tiêu đề văn bản: doan (Đoàn TNCS Hồ Chí Minh), cong-doan (Công đoàn), co-quan (cơ quan, quốc hiệu); mặc định co-quan',
  ).optional(),
  departments: d(z.array(departmentSchema).min(1), 'Danh sách khoa/phòng (ít nhất một)'),
  code: d(text, 'Ký hiệu của đơn vị ban hành, in ở dòng số văn bản: "Số: …/BC-ĐTN", ví dụ: ĐTN').optional(),
  signer: d(z.strictObject({
    on_behalf: d(text, 'Thẩm quyền ký, ví dụ: TM. BAN CHẤP HÀNH, KT. GIÁM ĐỐC (bỏ trống khi người đứng đầu ký)').optional(),
    title: d(text, 'Chức vụ người ký, ví dụ: BÍ THƯ, CHỦ TỊCH, GIÁM ĐỐC').optional(),
    name: d(text, 'Họ và tên người ký, ví dụ: Nguyễn Văn An').optional(),
  }), 'Người ký báo cáo: on_behalf (TM. …), title (chức vụ), name (họ tên)').optional(),
  recipients: d(
    z.array(text).min(1),
    'Nơi nhận của báo cáo, mỗi dòng một nơi, ví dụ: [Huyện đoàn Quế Sơn, Lưu VT]; mặc định: cơ quan cấp trên và Lưu VT',
  ).optional(),
});

export const memberSchema = snippet(z.strictObject({
  id: d(id, 'Mã người, duy nhất, viết thường không dấu, ví dụ: nguyen-van-an'),
  name: d(text, 'Họ và tên, ví dụ: Nguyễn Văn An'),
  department: d(id, 'Mã khoa/phòng trong unit.yaml'),
  title: d(text, 'Chức danh, ví dụ: Bác sĩ').optional(),
  groups: d(z.array(id), 'Nhóm: doan-vien, cong-doan, dang-vien…').optional(),
  joined: d(date, 'Ngày bắt đầu công tác (YYYY-MM-DD)').optional(),
  left: d(date, 'Ngày cuối cùng công tác (YYYY-MM-DD)').optional(),
  direct_worker: d(z.boolean(), 'Người trực tiếp lao động (true/false), mặc định false').optional(),
  leave: d(
    z.array(leaveSchema),
    'Các đợt nghỉ (thai sản, ốm đau…): số ngày nghỉ không tính vào số ngày phải hoạt động, ví dụ [{ from: 2024-03-01, to: 2024-08-31, kind: maternity }]',
  ).optional(),
}), 'Thành viên mới', 'Thêm một người', {
  id: '${1:ho-ten}',
  name: '${2:Họ và tên}',
  department: '${3:ma-khoa}',
  title: '${4:Chức danh}',
  groups: ['doan-vien'],
  joined: '${5:2025-01-01}',
});

const memberSelectorSchema = z.union([
  d(z.literal('all'), 'Mọi người đang công tác vào ngày diễn ra'),
  d(z.array(z.string().min(1)), 'Danh sách mã người; dept:<mã khoa> = cả khoa/phòng'),
]);

export const activitySchema = snippet(z.strictObject({
  id: d(id, 'Mã hoạt động (không bắt buộc), duy nhất').optional(),
  kind: ex(d(id, KIND_TEXT), KIND_EXAMPLES),
  date: d(date, 'Ngày diễn ra (ngày đầu tiên), YYYY-MM-DD'),
  end: d(date, 'Ngày kết thúc nếu kéo dài nhiều ngày').optional(),
  title: d(text, 'Tên hoạt động (bắt buộc với sáng kiến và khen thưởng)').optional(),
  members: d(memberSelectorSchema, 'Người tham gia: all, hoặc danh sách mã người và dept:<mã khoa>'),
  except: d(z.array(id), 'Những người không tham gia (bỏ ra sau khi mở rộng all/dept:)').optional(),
  hours: d(amount, 'Số giờ mỗi người').optional(),
  note: d(z.string(), 'Ghi chú').optional(),
  level: d(z.enum(['co-so', 'tinh', 'toan-quoc']), 'Sáng kiến, đề tài: cấp công nhận (nghiệm thu) co-so, tinh, toan-quoc').optional(),
  recognized: d(date, 'Sáng kiến: ngày quyết định công nhận').optional(),
  accepted: d(date, 'Đề tài (research): ngày nghiệm thu').optional(),
  decision: d(text, 'Số quyết định, ví dụ: "45/QĐ-TTYT"').optional(),
  in_01m: d(z.boolean(), 'Sáng kiến đã đăng trên hệ thống "01 triệu sáng kiến"').optional(),
  type: d(
    z.enum(['late', 'early-leave', 'personal-work', 'absent', 'other']),
    'Vi phạm: late (đi trễ), early-leave (về sớm), personal-work (việc riêng), absent (vắng), other',
  ).optional(),
  minutes: d(count, 'Vi phạm: số phút').optional(),
  severity: d(z.enum(['reminder', 'formal']), 'Vi phạm: reminder (nhắc nhở, mặc định) hoặc formal (kỷ luật)').optional(),
  form: d(z.enum(FORMS), `Kỷ luật (severity: formal): hình thức ${FORMS_TEXT}; mặc định khien-trach`).optional(),
}), 'Hoạt động mới', 'Thêm một hoạt động', { kind: '${1:green-sunday}', date: '${2:2025-01-05}', title: '${3:Tên hoạt động}', members: 'all' });


export const shiftSchema = snippet(z.strictObject({
  date: d(date, 'Ngày bắt đầu ca trực, YYYY-MM-DD'),
  type: ex(d(id, 'Loại ca: day (ngày, 07:00–17:00), night (đêm, 17:00–07:00 hôm sau) hoặc loại riêng trong rules.yaml'), ['day', 'night']),
  department: d(id, 'Mã khoa/phòng'),
  members: d(z.array(id).min(1), 'Người trực (ít nhất một)'),
  start: d(time, 'Giờ bắt đầu "HH:MM" nếu khác loại ca').optional(),
  end: d(time, 'Giờ kết thúc "HH:MM"; nhỏ hơn hoặc bằng giờ bắt đầu là sang ngày hôm sau').optional(),
  note: d(z.string(), 'Ghi chú').optional(),
}), 'Ca trực mới', 'Thêm một ca trực', { date: '${1:2025-01-04}', type: '${2:night}', department: '${3:ma-khoa}', members: ['${4:ma-nguoi}'] });

const criterionSchema = d(z.strictObject({
  label: d(text, 'Tên tiêu chí'),
  min_count: d(amount, 'Số hoạt động tối thiểu trong năm').optional(),
  min_hours: d(amount, 'Số giờ tối thiểu trong năm').optional(),
  max_violations: d(count, 'Số lần vi phạm tối đa').optional(),
}), 'Một tiêu chí; số tối thiểu tính cho cả năm, người công tác không trọn năm được tính theo tỷ lệ số ngày');

const kindSchema = d(z.strictObject({
  label: d(text, 'Tên loại hoạt động'),
  criterion: d(id, 'Tiêu chí mà loại này được tính vào').optional(),
  hours: d(amount, 'Số giờ mặc định mỗi người').optional(),
}), 'Một loại hoạt động: tên, tiêu chí được tính vào, số giờ mặc định');

const phaseSchema = d(z.strictObject({
  name: d(text, 'Tên đợt, ví dụ: Đợt 1'),
  from: d(monthDay, 'Ngày bắt đầu trong năm "MM-DD"'),
  to: d(monthDay, 'Ngày kết thúc trong năm "MM-DD"'),
}), 'Một đợt thi đua trong năm');

const coverageSchema = d(z.strictObject({
  department: d(id, 'Mã khoa/phòng'),
  type: d(id, 'Loại ca'),
  min: d(z.number().int().min(1).max(10_000), 'Số người trực tối thiểu mỗi ngày'),
  from: d(date, 'Áp dụng từ ngày (không bắt buộc)').optional(),
  to: d(date, 'Áp dụng đến ngày (không bắt buộc)').optional(),
}), 'Quy định số người trực tối thiểu của một khoa cho một loại ca');

/** The duty classes of SPEC §7: 24/24 giờ, 16/24 giờ, 12/24 giờ, not paid. */
const DUTY_CLASSES = [1, 0.75, 0.5, 0] as const;

const dutyClassSchema = d(
  z.literal(DUTY_CLASSES),
  'Phụ cấp thường trực: ca này tính như phiên trực 24/24 giờ (1), 16/24 giờ (0.75), 12/24 giờ (0.5) hoặc không tính (0); không ghi thì tính theo số giờ của ca',
);

/** At least 1; at most 100, so that no slip of the keyboard can make an amount beyond exact reach. */
const factorSchema = z.number().min(1).max(100);

const allowanceSchema = d(z.strictObject({
  rate: ex(
    d(
      z.number().positive().max(1_000_000_000),
      'Mức phụ cấp một phiên trực 24/24 giờ, đồng/người (QĐ 73/2011/QĐ-TTg): ' +
        '115000 bệnh viện hạng đặc biệt, hạng I; 90000 hạng II; 65000 bệnh viện khác, trung tâm y tế; 25000 trạm y tế xã',
    ),
    [115000, 90000, 65000, 25000],
  ),
  intensive_care: d(z.array(id), 'Mã các khoa hồi sức cấp cứu, hồi sức tích cực, chống độc: ca trực ở đó được nhân intensive_factor'),
  intensive_factor: d(factorSchema, 'Hệ số của khoa hồi sức cấp cứu, mặc định 1.5'),
  weekend_factor: d(factorSchema, 'Hệ số khi trực ngày thứ Bảy, Chủ nhật, mặc định 1.3'),
  holiday_factor: d(factorSchema, 'Hệ số khi trực ngày lễ, Tết (thay cho hệ số cuối tuần), mặc định 1.8'),
}).partial({ intensive_care: true, intensive_factor: true, weekend_factor: true, holiday_factor: true }),
'Phụ cấp thường trực (QĐ 73/2011/QĐ-TTg); không có mục này thì không tính');

export const rulesSchema = z.strictObject({
  population: d(z.strictObject({
    groups: d(z.array(id), 'Chỉ đánh giá người thuộc một trong các nhóm này; [] = tất cả'),
  }).partial(), 'Ai được đánh giá').optional(),
  criteria: d(z.record(id, criterionSchema), 'Các tiêu chí ("3 trách nhiệm" hoặc bộ tiêu chí riêng)').optional(),
  kinds: d(z.record(id, kindSchema), 'Loại hoạt động thêm hoặc thay thế').optional(),
  phases: d(z.array(phaseSchema), 'Các đợt trong năm').optional(),
  innovation: d(z.strictObject({
    target: d(share, 'Tỷ lệ người có sáng kiến cần đạt, ví dụ 0.20'),
    min_level: d(z.enum(['co-so', 'tinh', 'toan-quoc']), 'Cấp công nhận tối thiểu'),
    require_01m: d(z.boolean(), 'Chỉ tính sáng kiến đã đăng trên "01 triệu sáng kiến"'),
  }).partial(), 'Chỉ tiêu sáng kiến (ít nhất 20% người có sáng kiến được công nhận)').optional(),
  commendation: d(z.strictObject({
    advanced_worker: d(z.strictObject({
      min_rating: d(z.enum(RATINGS), `Xếp loại cuối năm tối thiểu: ${RATINGS_TEXT}; mặc định htt`),
      min_tenure_months: d(count, 'Số tháng công tác tối thiểu'),
      max_formal_violations: d(count, 'Số lần bị kỷ luật tối đa'),
      max_leave_days: d(count, 'Số ngày làm việc nghỉ (trừ thai sản, tai nạn lao động) phải ít hơn số này; mặc định 40'),
    }).partial(), 'Lao động tiên tiến').optional(),
    emulation_fighter: d(z.strictObject({
      cap: d(share, 'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến (không quá 15 %)'),
      rounding: d(z.enum(['floor', 'half-up']), 'Cách làm tròn số tối đa: floor (làm tròn xuống, mặc định — không vượt tỷ lệ) hoặc half-up (làm tròn)'),
    }).partial(), 'Chiến sĩ thi đua cơ sở').optional(),
    advanced_collective: d(z.strictObject({
      min_share: d(share, 'Tỷ lệ Lao động tiên tiến phải vượt quá'),
      block_from: d(z.enum(FORMS), `Hình thức kỷ luật từ mức này trở lên làm tập thể không đạt: ${FORMS_TEXT}; mặc định canh-cao`),
    }).partial(), 'Tập thể lao động tiên tiến').optional(),
    excellent_collective: d(z.strictObject({
      min_share: d(share, 'Tỷ lệ Lao động tiên tiến tối thiểu (ít nhất), mặc định 0.7'),
      block_from: d(z.enum(FORMS), `Hình thức kỷ luật từ mức này trở lên làm tập thể không đạt: ${FORMS_TEXT}; mặc định canh-cao`),
    }).partial(), 'Tập thể lao động xuất sắc').optional(),
  }).partial(), 'Điều kiện đề nghị danh hiệu thi đua cuối năm').optional(),
  shifts: d(z.strictObject({
    types: d(z.record(id, z.strictObject({
      start: d(time, 'Giờ bắt đầu "HH:MM"'),
      end: d(time, 'Giờ kết thúc "HH:MM"; nhỏ hơn hoặc bằng giờ bắt đầu là sang hôm sau'),
      allowance: dutyClassSchema.optional(),
      code: d(z.string().min(1).max(8), 'Ký hiệu của loại ca trên bảng lịch trực Excel (thidua import shifts), ví dụ Đ hoặc T').optional(),
    })), 'Loại ca trực và giờ'),
    night_window: d(
      z.strictObject({ start: d(time, 'Bắt đầu giờ đêm "HH:MM"'), end: d(time, 'Hết giờ đêm "HH:MM"') }).partial(),
      'Khung giờ đêm: ca có giờ trong khung này là ca đêm',
    ),
    min_rest_hours: d(amount, 'Số giờ nghỉ tối thiểu giữa hai ca'),
    max_nights_per_month: d(count, 'Số đêm trực tối đa mỗi tháng'),
    coverage: d(z.array(coverageSchema), 'Số người trực tối thiểu theo khoa và loại ca'),
  }).partial(), 'Quy định lịch trực').optional(),
  holidays: d(z.array(date), 'Ngày nghỉ lễ chính thức YYYY-MM-DD; để trống [] thì dùng ngày lễ Việt Nam có sẵn').optional(),
  allowance: allowanceSchema.optional(),
});

export const ratingsFileSchema = z.strictObject({
  year: d(z.number().int().min(WINDOW_YEARS.min).max(WINDOW_YEARS.max), 'Năm được đánh giá, xếp loại, ví dụ 2024'),
  decision: d(text, 'Số quyết định xếp loại, ví dụ: "12/QĐ-TTYT"').optional(),
  date: d(date, 'Ngày quyết định (YYYY-MM-DD)').optional(),
  levels: d(z.record(id, d(z.enum(RATINGS), `Xếp loại: ${RATINGS_TEXT}`)), 'Mã người: xếp loại, ví dụ nguyen-van-an: htxs'),
});

export const membersFileSchema = d(z.array(memberSchema), 'Danh sách thành viên; mỗi người bắt đầu bằng “- id: …”');
export const activitiesFileSchema = d(z.array(activitySchema), 'Danh sách hoạt động; mỗi hoạt động bắt đầu bằng “- kind: …”');
export const shiftsFileSchema = d(z.array(shiftSchema), 'Danh sách ca trực; mỗi ca bắt đầu bằng “- date: …”');

export type UnitInput = z.infer<typeof unitSchema>;
export type MemberInput = z.infer<typeof memberSchema>;
export type ActivityInput = z.infer<typeof activitySchema>;
export type ShiftInput = z.infer<typeof shiftSchema>;
export type RulesInput = z.infer<typeof rulesSchema>;
export type RatingsInput = z.infer<typeof ratingsFileSchema>;
