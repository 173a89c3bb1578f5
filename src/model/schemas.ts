/**
 * The record schemas of SPEC §2, written once with zod. The loader validates with them and
 * `thidua schema` turns them into JSON Schema for editors (descriptions are the hover help).
 */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const id = z.string().regex(ID_PATTERN);
const date = z.string().regex(DATE_PATTERN);
const time = z.string().regex(TIME_PATTERN);
const text = z.string().min(1);
const count = z.number().int().min(0);
const amount = z.number().min(0);
const share = z.number().min(0).max(1);

const d = <T extends z.ZodType>(schema: T, description: string): T => schema.describe(description) as T;

export const departmentSchema = z.strictObject({
  id: d(id, 'Mã khoa/phòng, viết thường không dấu, ví dụ: hscc'),
  name: d(text, 'Tên khoa/phòng, ví dụ: Khoa Hồi sức cấp cứu'),
});

export const unitSchema = z.strictObject({
  name: d(text, 'Tên đơn vị, ví dụ: Chi đoàn Trung tâm Y tế huyện Quế Sơn'),
  parent: d(text, 'Cơ quan cấp trên, ví dụ: Huyện đoàn Quế Sơn').optional(),
  place: d(text, 'Địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ: Quế Sơn').optional(),
  kind: d(z.enum(['doan', 'cong-doan', 'co-quan']), 'Loại đơn vị: doan (Đoàn TNCS), cong-doan (Công đoàn), co-quan (cơ quan)').optional(),
  departments: d(z.array(departmentSchema).min(1), 'Danh sách khoa/phòng (ít nhất một)'),
});

export const memberSchema = z.strictObject({
  id: d(id, 'Mã người, duy nhất, viết thường không dấu, ví dụ: nguyen-van-an'),
  name: d(text, 'Họ và tên, ví dụ: Nguyễn Văn An'),
  department: d(id, 'Mã khoa/phòng trong unit.yaml'),
  title: d(text, 'Chức danh, ví dụ: Bác sĩ').optional(),
  groups: d(z.array(id), 'Nhóm: doan-vien, cong-doan, dang-vien…').optional(),
  joined: d(date, 'Ngày bắt đầu công tác (YYYY-MM-DD)').optional(),
  left: d(date, 'Ngày cuối cùng công tác (YYYY-MM-DD)').optional(),
  direct_worker: d(z.boolean(), 'Người trực tiếp lao động (true/false)').optional(),
});

export const memberSelectorSchema = z.union([
  z.literal('all'),
  z.array(z.string().min(1)),
]);

export const activitySchema = z.strictObject({
  id: d(id, 'Mã hoạt động (không bắt buộc), duy nhất').optional(),
  kind: d(id, 'Loại hoạt động: volunteer, free-clinic, green-sunday, blood-donation, charity, initiative, it-application, study, training, sport, violation, award hoặc loại riêng trong rules.yaml'),
  date: d(date, 'Ngày diễn ra (ngày đầu tiên), YYYY-MM-DD'),
  end: d(date, 'Ngày kết thúc nếu kéo dài nhiều ngày').optional(),
  title: d(text, 'Tên hoạt động (bắt buộc với sáng kiến và khen thưởng)').optional(),
  members: d(memberSelectorSchema, 'Người tham gia: all, hoặc danh sách mã người và dept:<mã khoa>'),
  except: d(z.array(id), 'Những người không tham gia (bỏ ra sau khi mở rộng all/dept:)').optional(),
  hours: d(amount, 'Số giờ mỗi người').optional(),
  note: d(z.string(), 'Ghi chú').optional(),
  level: d(z.enum(['co-so', 'tinh', 'toan-quoc']), 'Sáng kiến: cấp công nhận co-so, tinh, toan-quoc').optional(),
  recognized: d(date, 'Sáng kiến: ngày quyết định công nhận').optional(),
  decision: d(text, 'Số quyết định, ví dụ: "45/QĐ-TTYT"').optional(),
  in_01m: d(z.boolean(), 'Sáng kiến đã đăng trên hệ thống "01 triệu sáng kiến"').optional(),
  type: d(z.enum(['late', 'early-leave', 'personal-work', 'absent', 'other']), 'Vi phạm: late (đi trễ), early-leave (về sớm), personal-work (việc riêng), absent (vắng), other').optional(),
  minutes: d(count, 'Vi phạm: số phút').optional(),
  severity: d(z.enum(['reminder', 'formal']), 'Vi phạm: reminder (nhắc nhở) hoặc formal (kỷ luật)').optional(),
});

/** Keys that only some kinds accept. */
export const KIND_ONLY_KEYS: Readonly<Record<string, readonly string[]>> = {
  level: ['initiative'],
  recognized: ['initiative'],
  in_01m: ['initiative'],
  decision: ['initiative', 'award'],
  type: ['violation'],
  minutes: ['violation'],
  severity: ['violation'],
};

export const shiftSchema = z.strictObject({
  date: d(date, 'Ngày bắt đầu ca trực, YYYY-MM-DD'),
  type: d(id, 'Loại ca: day, night hoặc loại riêng trong rules.yaml'),
  department: d(id, 'Mã khoa/phòng'),
  members: d(z.array(id).min(1), 'Người trực (ít nhất một)'),
  start: d(time, 'Giờ bắt đầu "HH:MM" nếu khác loại ca').optional(),
  end: d(time, 'Giờ kết thúc "HH:MM"; nhỏ hơn hoặc bằng giờ bắt đầu là sang ngày hôm sau').optional(),
  note: d(z.string(), 'Ghi chú').optional(),
});

const criterionSchema = z.strictObject({
  label: d(text, 'Tên tiêu chí'),
  min_count: d(amount, 'Số hoạt động tối thiểu trong năm').optional(),
  min_hours: d(amount, 'Số giờ tối thiểu trong năm').optional(),
  max_violations: d(count, 'Số lần vi phạm tối đa').optional(),
});

const kindSchema = z.strictObject({
  label: d(text, 'Tên loại hoạt động'),
  criterion: d(id, 'Tiêu chí mà loại này được tính vào').optional(),
  hours: d(amount, 'Số giờ mặc định mỗi người').optional(),
});

const phaseSchema = z.strictObject({
  name: d(text, 'Tên đợt, ví dụ: Đợt 1'),
  from: d(z.string().regex(MONTH_DAY_PATTERN), 'Ngày bắt đầu trong năm "MM-DD"'),
  to: d(z.string().regex(MONTH_DAY_PATTERN), 'Ngày kết thúc trong năm "MM-DD"'),
});

const coverageSchema = z.strictObject({
  department: d(id, 'Mã khoa/phòng'),
  type: d(id, 'Loại ca'),
  min: d(z.number().int().min(1), 'Số người trực tối thiểu mỗi ngày'),
  from: d(date, 'Áp dụng từ ngày (không bắt buộc)').optional(),
  to: d(date, 'Áp dụng đến ngày (không bắt buộc)').optional(),
});

export const rulesSchema = z.strictObject({
  population: z.strictObject({
    groups: d(z.array(id), 'Chỉ đánh giá người thuộc một trong các nhóm này; [] = tất cả'),
  }).partial().optional(),
  criteria: d(z.record(id, criterionSchema), 'Các tiêu chí ("3 trách nhiệm" hoặc bộ tiêu chí riêng)').optional(),
  kinds: d(z.record(id, kindSchema), 'Loại hoạt động thêm hoặc thay thế').optional(),
  phases: d(z.array(phaseSchema), 'Các đợt trong năm').optional(),
  innovation: z.strictObject({
    target: d(share, 'Tỷ lệ người có sáng kiến cần đạt, ví dụ 0.20'),
    min_level: d(z.enum(['co-so', 'tinh', 'toan-quoc']), 'Cấp công nhận tối thiểu'),
    require_01m: d(z.boolean(), 'Chỉ tính sáng kiến đã đăng trên "01 triệu sáng kiến"'),
  }).partial().optional(),
  commendation: z.strictObject({
    advanced_worker: z.strictObject({
      min_tenure_months: d(count, 'Số tháng công tác tối thiểu'),
      max_formal_violations: d(count, 'Số lần bị kỷ luật tối đa'),
    }).partial().optional(),
    emulation_fighter: z.strictObject({
      cap: d(share, 'Tỷ lệ tối đa Chiến sĩ thi đua cơ sở trên số Lao động tiên tiến'),
    }).partial().optional(),
    advanced_collective: z.strictObject({
      min_share: d(share, 'Tỷ lệ Lao động tiên tiến phải vượt quá'),
    }).partial().optional(),
  }).partial().optional(),
  shifts: z.strictObject({
    types: d(z.record(id, z.strictObject({ start: time, end: time })), 'Loại ca trực và giờ'),
    night_window: z.strictObject({ start: time, end: time }).partial(),
    min_rest_hours: d(amount, 'Số giờ nghỉ tối thiểu giữa hai ca'),
    max_nights_per_month: d(count, 'Số đêm trực tối đa mỗi tháng'),
    coverage: d(z.array(coverageSchema), 'Số người trực tối thiểu theo khoa và loại ca'),
  }).partial().optional(),
  holidays: d(z.array(date), 'Ngày nghỉ lễ chính thức YYYY-MM-DD').optional(),
});

export const membersFileSchema = z.array(memberSchema);
export const activitiesFileSchema = z.array(activitySchema);
export const shiftsFileSchema = z.array(shiftSchema);

export type UnitInput = z.infer<typeof unitSchema>;
export type MemberInput = z.infer<typeof memberSchema>;
export type ActivityInput = z.infer<typeof activitySchema>;
export type ShiftInput = z.infer<typeof shiftSchema>;
export type RulesInput = z.infer<typeof rulesSchema>;

/** Keys whose values are dates: a malformed one is reported as `bad-date`. */
export const DATE_KEYS: ReadonlySet<string> = new Set(['date', 'end', 'joined', 'left', 'recognized', 'from', 'to', 'holidays']);
