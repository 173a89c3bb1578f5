#!/usr/bin/env node
// Writes the sample unit in data/ (Chi đoàn Trung tâm Y tế huyện Quế Sơn).
//
//   node scripts/sample-data/generate.mjs [OUT_DIR]      (default: data/ of the repository)
//
// Fully deterministic: every table below is written by hand and the duty rosters come from
// a fixed greedy rotation (no random numbers, no clock). The output is meant to look like
// files a clerk keeps by hand: a Vietnamese comment header, block style, flow style only
// for short records. scripts/sample-data/verify.mjs checks the story the data must tell.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'data'));
const UNIT_SHORT = 'Chi đoàn TTYT Quế Sơn';

// ---------------------------------------------------------------------------------------
// Dates (plain calendar arithmetic on UTC day numbers; no time zone ever applies)
// ---------------------------------------------------------------------------------------
const DAY_MS = 86400000;
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const toIso = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso, k) => toIso(toDay(iso) + k);
const weekday = (iso) => new Date(toDay(iso) * DAY_MS).getUTCDay(); // 0 = Sunday
const ddmm = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
function* daysBetween(from, to) {
  for (let n = toDay(from); n <= toDay(to); n++) yield toIso(n);
}

// ---------------------------------------------------------------------------------------
// The unit
// ---------------------------------------------------------------------------------------
const DEPARTMENTS = [
  { id: 'kham-benh', name: 'Khoa Khám bệnh' },
  { id: 'hscc', name: 'Khoa Hồi sức cấp cứu' },
  { id: 'noi-nhi', name: 'Khoa Nội – Nhi' },
  { id: 'hcth', name: 'Phòng Tổ chức – Hành chính' },
];

// Holidays: the official days off of the public sector (thông báo nghỉ lễ, Tết hằng năm).
const HOLIDAYS = [
  ['2024: Tết Dương lịch (thứ Hai)', ['2024-01-01']],
  ['2024: Tết Nguyên đán Giáp Thìn, nghỉ 7 ngày từ 29 tháng Chạp (thứ Năm 08/02) đến hết thứ Tư 14/02',
    [...daysBetween('2024-02-08', '2024-02-14')]],
  ['2024: Giỗ Tổ Hùng Vương 10/3 âm lịch (thứ Năm)', ['2024-04-18']],
  ['2024: 30/4 – 1/5, nghỉ 5 ngày 27/4 – 01/5 (hoán đổi thứ Hai 29/4, làm bù thứ Bảy 04/5)',
    ['2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01']],
  ['2024: Quốc khánh, nghỉ 4 ngày từ thứ Bảy 31/8 đến hết thứ Ba 03/9', [...daysBetween('2024-08-31', '2024-09-03')]],
  ['2025: Tết Dương lịch (thứ Tư)', ['2025-01-01']],
  ['2025: Tết Nguyên đán Ất Tỵ, nghỉ 9 ngày từ thứ Bảy 25/01 đến hết Chủ nhật 02/02',
    [...daysBetween('2025-01-25', '2025-02-02')]],
  ['2025: Giỗ Tổ Hùng Vương 10/3 âm lịch (thứ Hai)', ['2025-04-07']],
  ['2025: 30/4 – 1/5, nghỉ 5 ngày 30/4 – 04/5 (hoán đổi thứ Sáu 02/5, làm bù thứ Bảy 26/4)',
    [...daysBetween('2025-04-30', '2025-05-04')]],
  ['2025: Quốc khánh, nghỉ 4 ngày từ thứ Bảy 30/8 đến hết thứ Ba 02/9', [...daysBetween('2025-08-30', '2025-09-02')]],
];
const HOLIDAY_SET = new Set(HOLIDAYS.flatMap(([, days]) => days));
const isOff = (iso) => HOLIDAY_SET.has(iso) || weekday(iso) === 0 || weekday(iso) === 6;

// ---------------------------------------------------------------------------------------
// Members. Short keys (an, binh…) are used in the tables below; ids are the long ones.
// ---------------------------------------------------------------------------------------
const DV = 'doan-vien', CD = 'cong-doan', DANG = 'dang-vien';
const MEMBER_ROWS = [
  // key, id, name, department, title, groups, joined, left, direct_worker, comment
  ['an', 'nguyen-van-an', 'Nguyễn Văn An', 'kham-benh', 'Bác sĩ', [DV, CD, DANG], '2019-09-01', null, true],
  ['binh', 'tran-thi-binh', 'Trần Thị Bình', 'kham-benh', 'Điều dưỡng', [DV, CD], '2020-03-02', null, true],
  ['cuong', 'le-van-cuong', 'Lê Văn Cường', 'kham-benh', 'Y sĩ', [DV, CD], null, null, true],
  ['dung', 'pham-thi-dung', 'Phạm Thị Dung', 'kham-benh', 'Dược sĩ', [DV, CD], '2021-06-01', null, true],
  ['duc', 'hoang-minh-duc', 'Hoàng Minh Đức', 'kham-benh', 'Bác sĩ', [DV, CD], '2020-10-01', null, true],
  ['nhung', 'vo-thi-hong-nhung', 'Võ Thị Hồng Nhung', 'kham-benh', 'Điều dưỡng', [DV, CD], '2024-03-01', null, true,
    'chuyển công tác từ Bệnh viện Đa khoa Trung ương Quảng Nam về từ 01/3/2024'],
  ['ha', 'dang-thi-thu-ha', 'Đặng Thị Thu Hà', 'kham-benh', 'Kỹ thuật viên xét nghiệm', [DV, CD], null, null, true],
  ['huy', 'bui-quang-huy', 'Bùi Quang Huy', 'kham-benh', 'Điều dưỡng', [DV, CD], '2022-08-01', null, true],
  ['loi', 'phan-van-loi', 'Phan Văn Lợi', 'kham-benh', 'Bác sĩ, Trưởng khoa', [CD, DANG], null, null, true],
  ['linh', 'ngo-thi-my-linh', 'Ngô Thị Mỹ Linh', 'kham-benh', 'Hộ sinh', [DV, CD], '2021-02-01', '2024-06-30', true,
    'chuyển công tác về Trạm Y tế xã Quế Châu từ 01/7/2024'],

  ['phat', 'huynh-tan-phat', 'Huỳnh Tấn Phát', 'hscc', 'Bác sĩ', [DV, CD, DANG], '2018-12-03', null, true],
  ['oanh', 'nguyen-thi-kim-oanh', 'Nguyễn Thị Kim Oanh', 'hscc', 'Điều dưỡng', [DV, CD], '2019-07-01', null, true],
  ['bao', 'tran-quoc-bao', 'Trần Quốc Bảo', 'hscc', 'Điều dưỡng', [DV, CD], '2021-09-01', null, true],
  ['tam', 'le-thi-thanh-tam', 'Lê Thị Thanh Tâm', 'hscc', 'Điều dưỡng', [DV, CD], null, null, true],
  ['thang', 'nguyen-huu-thang', 'Nguyễn Hữu Thắng', 'hscc', 'Y sĩ', [DV, CD], null, null, true],
  ['tien', 'pham-van-tien', 'Phạm Văn Tiến', 'hscc', 'Điều dưỡng', [DV, CD], '2022-01-04', null, true],
  ['anh', 'doan-thi-ngoc-anh', 'Đoàn Thị Ngọc Ánh', 'hscc', 'Điều dưỡng', [DV, CD], '2020-06-01', null, true],
  ['khoa', 'vo-van-khoa', 'Võ Văn Khoa', 'hscc', 'Bác sĩ', [DV, CD, DANG], '2021-11-01', null, true],
  ['le', 'truong-thi-le', 'Trương Thị Lệ', 'hscc', 'Điều dưỡng', [DV], '2024-07-01', null, true,
    'tuyển dụng viên chức năm 2024, nhận việc từ 01/7/2024'],
  ['son', 'nguyen-dinh-son', 'Nguyễn Đình Sơn', 'hscc', 'Bác sĩ, Trưởng khoa', [CD, DANG], null, null, true],
  ['xuan', 'ho-thi-xuan', 'Hồ Thị Xuân', 'hscc', 'Điều dưỡng trưởng', [CD], null, null, true],
  ['hau', 'le-van-hau', 'Lê Văn Hậu', 'hscc', 'Điều dưỡng', [DV, CD], '2020-04-01', '2024-09-30', true,
    'nghỉ việc theo nguyện vọng từ 01/10/2024'],

  ['mai', 'tran-thi-mai', 'Trần Thị Mai', 'noi-nhi', 'Bác sĩ', [DV, CD, DANG], '2019-03-01', null, true],
  ['lan', 'nguyen-thi-lan', 'Nguyễn Thị Lan', 'noi-nhi', 'Điều dưỡng', [DV, CD], null, null, true],
  ['thao', 'pham-thi-thu-thao', 'Phạm Thị Thu Thảo', 'noi-nhi', 'Điều dưỡng', [DV, CD], '2022-09-05', null, true],
  ['yen', 'le-thi-yen', 'Lê Thị Yến', 'noi-nhi', 'Điều dưỡng', [DV, CD], '2020-10-01', null, true,
    'nghỉ thai sản từ 01/4/2024 đến 30/9/2024'],
  ['tuan', 'nguyen-van-tuan', 'Nguyễn Văn Tuấn', 'noi-nhi', 'Bác sĩ', [DV, CD], '2021-12-01', null, true],
  ['diem', 'huynh-thi-diem', 'Huỳnh Thị Diễm', 'noi-nhi', 'Điều dưỡng', [DV, CD], null, null, true],
  ['nam', 'tran-van-nam', 'Trần Văn Nam', 'noi-nhi', 'Y sĩ', [DV, CD], '2022-03-01', null, true],
  ['kieu', 'vo-thi-kieu', 'Võ Thị Kiều', 'noi-nhi', 'Kỹ thuật viên phục hồi chức năng', [DV, CD], null, null, true],
  ['phuong', 'cao-thi-phuong', 'Cao Thị Phương', 'noi-nhi', 'Điều dưỡng', [DV, CD], '2023-02-01', null, true],
  ['thanh', 'ngo-van-thanh', 'Ngô Văn Thành', 'noi-nhi', 'Bác sĩ, Trưởng khoa', [CD, DANG], null, null, true],
  ['hoa', 'duong-thi-hoa', 'Dương Thị Hoa', 'noi-nhi', 'Điều dưỡng', [CD], null, null, true],

  ['quan', 'le-minh-quan', 'Lê Minh Quân', 'hcth', 'Chuyên viên công nghệ thông tin', [DV, CD], '2020-08-03', null, false],
  ['hang', 'nguyen-thi-hang', 'Nguyễn Thị Hằng', 'hcth', 'Kế toán', [DV, CD], null, null, false],
  ['tram', 'phan-thi-ngoc-tram', 'Phan Thị Ngọc Trâm', 'hcth', 'Văn thư', [DV, CD], '2022-05-03', null, false],
  ['long', 'tran-duc-long', 'Trần Đức Long', 'hcth', 'Chuyên viên tổ chức cán bộ', [DV, CD, DANG], null, null, false],
  ['quynh', 'dinh-thi-quynh', 'Đinh Thị Quỳnh', 'hcth', 'Kế toán', [DV, CD], '2023-04-03', null, false,
    'nghỉ ốm dài ngày (phẫu thuật, điều trị) từ 17/9/2024 đến 11/11/2024'],
  ['viet', 'nguyen-hoang-viet', 'Nguyễn Hoàng Việt', 'hcth', 'Kỹ sư thiết bị y tế', [DV, CD], '2021-07-01', null, false],
  ['sen', 'ha-thi-sen', 'Hà Thị Sen', 'hcth', 'Kế toán trưởng', [CD, DANG], null, null, false],
];
// Leave (SPEC §6): the maternity leave counts no activity due and no day off work; the sick
// leave is 40 working days (17/9 – 11/11/2024), so she meets every criterion but is not a
// Lao động tiên tiến (fewer than 40 are allowed).
const LEAVE = {
  yen: [{ from: '2024-04-01', to: '2024-09-30', kind: 'maternity' }],
  quynh: [{ from: '2024-09-17', to: '2024-11-11', kind: 'sick' }],
};
const MEMBERS = MEMBER_ROWS.map(([key, id, name, department, title, groups, joined, left, direct, comment]) => ({
  key, id, name, department, title, groups, joined, left, direct, comment, leave: LEAVE[key] ?? [],
}));
const M = Object.fromEntries(MEMBERS.map((m) => [m.key, m.id]));
const BY_ID = new Map(MEMBERS.map((m) => [m.id, m]));
const ids = (...keys) => keys.map((k) => {
  if (k.startsWith('dept:')) return k;
  if (!M[k]) throw new Error(`unknown member key ${k}`);
  return M[k];
});
const activeOn = (id, iso) => {
  const m = BY_ID.get(id);
  return (!m.joined || m.joined <= iso) && (!m.left || iso <= m.left);
};
// Staff who are not đoàn viên: left out of the Chi đoàn's own meetings.
const NOT_DV = ['loi', 'son', 'xuan', 'thanh', 'hoa', 'sen'];

// ---------------------------------------------------------------------------------------
// Activities, by month. Keys: short member keys; `all` and `dept:` shorthands as in SPEC §2.
// ---------------------------------------------------------------------------------------
const A = []; // every activity record
const act = (r) => A.push(r);

// --- 2023-11: an initiative submitted in 2023, recognized in 2024 ---
act({ id: 'sk-2023-01', kind: 'initiative', date: '2023-11-20',
  title: 'Bảng theo dõi dấu hiệu cảnh báo sớm ở trẻ sốt cao điều trị tại Khoa Nội – Nhi',
  members: ids('mai', 'lan'), level: 'co-so', recognized: '2024-03-15', decision: '24/QĐ-TTYT', in_01m: true,
  note: 'Nộp Hội đồng sáng kiến tháng 11/2023, công nhận đợt 1 năm 2024' });

// --- 2024-01 ---
act({ id: 'sh-2024-01', kind: 'study', date: '2024-01-12',
  title: 'Sinh hoạt chi đoàn: triển khai Chương trình công tác Đoàn năm 2024',
  members: 'all', except: ids(...NOT_DV), hours: 2 });
act({ id: 'cntt-2024-01', kind: 'it-application', date: '2024-01-18',
  title: 'Triển khai kê đơn thuốc điện tử liên thông Hệ thống đơn thuốc quốc gia',
  members: ids('dept:kham-benh', 'quan'), except: ids('linh'), hours: 2 });
act({ kind: 'violation', date: '2024-01-22', members: ids('cuong'), type: 'late', minutes: 15 });
act({ id: 'th-2024-01', kind: 'sport', date: '2024-01-27', title: 'Giải cầu lông chào Xuân Giáp Thìn',
  members: ids('an', 'duc', 'huy', 'phat', 'khoa', 'tien', 'tuan', 'nam', 'quan', 'long', 'viet', 'sen'), hours: 3 });

// --- 2024-02 ---
act({ id: 'hh-2024-02', kind: 'study', date: '2024-02-02',
  title: 'Học tập chuyên đề kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam',
  members: 'all', except: ids('lan', 'bao'), hours: 2, note: 'Toàn cơ quan' });
act({ id: 'tq-2024-02', kind: 'charity', date: '2024-02-03',
  title: 'Thăm, tặng quà Tết gia đình chính sách, hộ nghèo xã Quế Xuân 1',
  members: ids('an', 'binh', 'phat', 'tam', 'mai', 'diem', 'quan', 'tram', 'long'), hours: 4 });
act({ kind: 'violation', date: '2024-02-19', members: ids('huy'), type: 'early-leave', minutes: 30 });
act({ id: 'sk-2024-01', kind: 'initiative', date: '2024-02-26',
  title: 'Nhắc lịch tái khám cho người bệnh mạn tính qua Zalo OA của Trung tâm',
  members: ids('duc', 'quan'), level: 'co-so', recognized: '2024-06-14', decision: '52/QĐ-TTYT', in_01m: true });

// --- 2024-03: Tháng Thanh niên ---
act({ id: 'tn-2024-03', kind: 'volunteer', date: '2024-03-03',
  title: 'Ra quân Tháng Thanh niên 2024: tuyên truyền phòng chống sốt xuất huyết tại thị trấn Đông Phú',
  members: ids('dept:kham-benh', 'dept:hcth'), except: ids('loi', 'sen'), hours: 3 });
act({ kind: 'violation', date: '2024-03-11', members: ids('bao'), type: 'late', minutes: 20 });
// A đề tài (SPEC §6): dated when its outline was approved, accepted (nghiệm thu) in December.
act({ id: 'dt-2024-01', kind: 'research', date: '2024-03-12',
  title: 'Tình trạng dinh dưỡng và một số yếu tố liên quan ở trẻ dưới 5 tuổi điều trị nội trú tại Khoa Nội – Nhi năm 2024',
  members: ids('tuan'), level: 'co-so', accepted: '2024-12-17', decision: '118/QĐ-TTYT',
  note: 'Đề cương được phê duyệt ngày 12/3/2024; Hội đồng Khoa học – Công nghệ của Trung tâm nghiệm thu, xếp loại khá' });
act({ id: 'sk-2024-02', kind: 'initiative', date: '2024-03-18',
  title: 'Bảng kiểm bàn giao người bệnh cấp cứu giữa Khoa Khám bệnh và Khoa Hồi sức cấp cứu',
  members: ids('phat', 'nhung'), level: 'tinh', recognized: '2024-11-15', decision: '2871/QĐ-UBND', in_01m: true,
  note: 'Đã được công nhận cấp cơ sở theo Quyết định 52/QĐ-TTYT ngày 14/6/2024' });
act({ id: 'th-2024-03a', kind: 'sport', date: '2024-03-23',
  title: 'Giải bóng chuyền hơi chào mừng 93 năm Ngày thành lập Đoàn',
  members: ids('an', 'cuong', 'duc', 'huy', 'binh', 'phat', 'tien', 'thang', 'khoa', 'tam', 'tuan', 'nam', 'diem',
    'quan', 'long', 'viet', 'tram'), hours: 3 });
act({ id: 'cnx-2024-03', kind: 'green-sunday', date: '2024-03-24',
  title: 'Ngày Chủ nhật xanh: dọn vệ sinh, trồng cây xanh trong khuôn viên Trung tâm',
  members: 'all', except: ids(...NOT_DV, 'thao', 'bao') });
act({ id: 'sh-2024-03', kind: 'study', date: '2024-03-26',
  title: 'Sinh hoạt kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2024)',
  members: 'all', except: ids(...NOT_DV, 'lan'), hours: 2 });
act({ id: 'th-2024-03b', kind: 'sport', date: '2024-03-30', title: 'Ngày chạy Olympic vì sức khỏe toàn dân',
  members: ids('binh', 'dung', 'ha', 'nhung', 'oanh', 'anh', 'tam', 'mai', 'phuong', 'kieu', 'hang', 'quynh', 'tram'),
  hours: 1.5 });

// --- 2024-04 ---
act({ kind: 'violation', date: '2024-04-02', members: ids('tien'), type: 'late', minutes: 10 });
act({ id: 'kmp-2024-04', kind: 'free-clinic', date: '2024-04-13',
  title: 'Khám bệnh, cấp thuốc miễn phí cho người cao tuổi xã Quế Hiệp',
  members: ids('loi', 'an', 'duc', 'binh', 'dung', 'mai', 'tuan', 'phuong', 'khoa', 'anh') });
act({ id: 'sk-2024-03', kind: 'initiative', date: '2024-04-15',
  title: 'Sắp xếp xe tiêm và tủ thuốc cấp cứu theo mã màu',
  members: ids('oanh', 'bao'), level: 'co-so', recognized: '2024-09-10', decision: '78/QĐ-TTYT', in_01m: false,
  note: 'Chưa cập nhật lên hệ thống "01 triệu sáng kiến"' });
act({ id: 'th-2024-04', kind: 'training', date: '2024-04-22', end: '2024-04-24',
  title: 'Tập huấn hồi sinh tim phổi cơ bản và nâng cao',
  members: ids('dept:hscc', 'dept:kham-benh', 'dept:noi-nhi'), except: ids('yen', 'lan', 'kieu', 'dung', 'ha'),
  hours: 12, note: 'Bệnh viện Đa khoa Trung ương Quảng Nam giảng dạy' });

// --- 2024-05 ---
act({ id: 'cntt-2024-05', kind: 'it-application', date: '2024-05-09',
  title: 'Hướng dẫn người bệnh dùng thẻ BHYT tích hợp trên VNeID khi đăng ký khám',
  members: ids('dept:kham-benh', 'quan', 'hang', 'quynh'), except: ids('loi'), hours: 3 });
act({ kind: 'violation', date: '2024-05-13', members: ids('bao'), type: 'late', minutes: 25 });
act({ id: 'hh-2024-05', kind: 'study', date: '2024-05-17',
  title: 'Học tập chuyên đề năm 2024 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  members: 'all', except: ids('yen'), hours: 3, note: 'Toàn cơ quan' });
act({ id: 'sk-2024-04', kind: 'initiative', date: '2024-05-20',
  title: 'Quy trình đối chiếu dữ liệu thanh toán BHYT trên phần mềm HIS trước khi gửi cổng giám định',
  members: ids('hang'), level: 'co-so', recognized: '2024-10-18', decision: '91/QĐ-TTYT', in_01m: true });

// --- 2024-06 ---
act({ id: 'hm-2024-06', kind: 'blood-donation', date: '2024-06-14',
  title: 'Ngày hội Hiến máu tình nguyện "Giọt hồng Quế Sơn" năm 2024',
  members: ids('thao', 'cuong', 'huy', 'ha', 'tien', 'thang', 'tam', 'nam', 'kieu', 'diem', 'long', 'viet', 'quynh'),
  hours: 2 });
act({ id: 'th-2024-06', kind: 'training', date: '2024-06-20',
  title: 'Tập huấn phòng và kiểm soát nhiễm khuẩn bệnh viện',
  members: ids('dept:hscc', 'dept:noi-nhi'), except: ids('yen', 'lan'), hours: 3.5 });
act({ id: 'cnx-2024-06', kind: 'green-sunday', date: '2024-06-23',
  title: 'Ngày Chủ nhật xanh: khơi thông cống rãnh, phát quang bụi rậm tại thôn Phú Mỹ',
  members: ids('dept:hscc', 'dept:noi-nhi'), except: ids('son', 'xuan', 'thanh', 'hoa', 'thao', 'yen', 'lan', 'bao') });

// --- 2024-07 ---
act({ id: 'sh-2024-07', kind: 'study', date: '2024-07-12',
  title: 'Sinh hoạt chi đoàn: sơ kết công tác Đoàn 6 tháng đầu năm 2024',
  members: 'all', except: ids(...NOT_DV, 'yen', 'lan'), hours: 2 });
act({ id: 'tnh-2024-07', kind: 'volunteer', date: '2024-07-15', end: '2024-07-19',
  title: 'Chiến dịch Thanh niên tình nguyện hè 2024: khám sàng lọc, tư vấn sức khỏe cho học sinh',
  members: ids('an', 'nhung', 'huy', 'phat', 'oanh', 'le', 'mai', 'phuong', 'lan', 'quan', 'hang'), hours: 16 });
act({ id: 'tq-2024-07', kind: 'charity', date: '2024-07-25',
  title: 'Thăm, tặng quà Mẹ Việt Nam anh hùng nhân kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ',
  members: ids('tram', 'long', 'quynh', 'hang', 'viet', 'sen', 'dung', 'ha'), hours: 3 });
act({ id: 'sk-2024-05', kind: 'initiative', date: '2024-07-08',
  title: 'Tờ hướng dẫn chăm sóc trẻ tiêu chảy tại nhà bằng hình ảnh',
  members: ids('mai'), level: 'co-so', recognized: '2024-12-13', decision: '105/QĐ-TTYT', in_01m: true });

// --- 2024-08 ---
act({ kind: 'violation', date: '2024-08-05', members: ids('duc'), type: 'absent', severity: 'formal', form: 'khien-trach',
  decision: '87/QĐ-TTYT', note: 'Tự ý vắng mặt buổi khám bệnh sáng 05/8 không báo cáo; khiển trách theo Quyết định 87/QĐ-TTYT ngày 20/8/2024' });
act({ id: 'cntt-2024-08', kind: 'it-application', date: '2024-08-12',
  title: 'Triển khai bệnh án điện tử giai đoạn 1 tại Khoa Hồi sức cấp cứu và Khoa Nội – Nhi',
  members: ids('dept:hscc', 'dept:noi-nhi', 'quan', 'viet'), except: ids('yen'), hours: 4 });
act({ id: 'kmp-2024-08', kind: 'free-clinic', date: '2024-08-24',
  title: 'Khám bệnh, cấp thuốc miễn phí cho gia đình chính sách xã Quế Phong',
  members: ids('cuong', 'duc', 'bao', 'tien', 'thang', 'tuan', 'nam', 'lan', 'diem') });
act({ id: 'tt-2024-08', kind: 'sport', date: '2024-08-28',
  title: 'Hội thao chào mừng 79 năm Cách mạng tháng Tám và Quốc khánh 2/9',
  members: ids('an', 'cuong', 'huy', 'nhung', 'phat', 'khoa', 'tien', 'le', 'tuan', 'nam', 'phuong', 'quan', 'long',
    'viet', 'hang', 'quynh'), hours: 4 });

// --- 2024-09 ---
act({ id: 'sxh-2024-09', kind: 'volunteer', date: '2024-09-07',
  title: 'Diệt lăng quăng, tuyên truyền phòng chống sốt xuất huyết tại khu dân cư thị trấn Đông Phú',
  members: ids('huy', 'binh', 'nhung', 'tam', 'anh', 'khoa', 'le', 'kieu', 'phuong', 'hau', 'tram'), hours: 2.5 });
act({ kind: 'violation', date: '2024-09-09', members: ids('bao'), type: 'early-leave', minutes: 30 });
act({ id: 'ut-2024-09', kind: 'charity', date: '2024-09-16',
  title: 'Quyên góp ủng hộ đồng bào các tỉnh phía Bắc khắc phục hậu quả bão số 3',
  members: 'all', except: ids('thao', 'yen'), note: 'Chuyển qua Ủy ban MTTQ Việt Nam huyện' });
act({ kind: 'violation', date: '2024-09-23', members: ids('ha'), type: 'personal-work', minutes: 40 });

// --- 2024-10 ---
// The cảnh cáo (SPEC §6): from block_from, so Khoa Hồi sức cấp cứu and the unit are no advanced collective.
act({ kind: 'violation', date: '2024-10-07', members: ids('bao'), type: 'absent', minutes: 150, severity: 'formal',
  form: 'canh-cao', decision: '97/QĐ-TTYT',
  note: 'Rời vị trí trực ca đêm 06/10 từ 01 giờ đến 03 giờ 30 sáng 07/10, không báo cáo, không bàn giao người bệnh; cảnh cáo theo Quyết định 97/QĐ-TTYT ngày 28/10/2024' });
act({ id: 'sk-2024-06', kind: 'initiative', date: '2024-10-08',
  title: 'Góc tư vấn dinh dưỡng cho trẻ suy dinh dưỡng điều trị nội trú',
  members: ids('phuong', 'diem') });
act({ id: 'hh-2024-10', kind: 'study', date: '2024-10-15',
  title: 'Học tập chuyên đề: văn hóa công sở và quy tắc ứng xử của viên chức y tế',
  members: 'all', except: ids('lan', 'quynh'), hours: 2, note: 'Toàn cơ quan; Đinh Thị Quỳnh nghỉ ốm' });
act({ kind: 'violation', date: '2024-10-17', members: ids('cuong'), type: 'late', minutes: 20 });
act({ id: 'cntt-2024-10', kind: 'it-application', date: '2024-10-21',
  title: 'Cập nhật hồ sơ sức khỏe điện tử của người dân trên phần mềm quản lý',
  members: ids('quan', 'tram', 'long', 'phuong', 'kieu'), hours: 3.5 });

// --- 2024-11 ---
act({ id: 'sl-2024-11', kind: 'volunteer', date: '2024-11-02',
  title: 'Hỗ trợ người dân vệ sinh môi trường, phun khử khuẩn sau lũ tại xã Quế Phú',
  members: ids('bao', 'oanh', 'tien', 'le', 'khoa', 'cuong', 'huy', 'diem', 'nam', 'viet', 'long'), hours: 4 });
act({ id: 'th-2024-11', kind: 'training', date: '2024-11-14',
  title: 'Cập nhật hướng dẫn chẩn đoán, điều trị sốt xuất huyết Dengue',
  members: ids('dept:kham-benh', 'dept:hscc', 'dept:noi-nhi'), except: ids('lan', 'dung', 'ha', 'kieu'), hours: 4 });
act({ kind: 'violation', date: '2024-11-18', members: ids('duc'), type: 'late', minutes: 15 });
act({ id: 'sk-2024-07', kind: 'initiative', date: '2024-11-20',
  title: 'Tra cứu kết quả xét nghiệm bằng mã QR in trên phiếu hẹn',
  members: ids('ha', 'quan') });
act({ id: 'cnx-2024-11', kind: 'green-sunday', date: '2024-11-24',
  title: 'Ngày Chủ nhật xanh: trồng cây, làm đẹp khuôn viên Khoa Nội – Nhi',
  members: ids('dept:noi-nhi'), except: ids('thao', 'yen', 'thanh', 'hoa') });

// --- 2024-12 ---
act({ id: 'cntt-2024-12', kind: 'it-application', date: '2024-12-05',
  title: 'Số hóa hồ sơ viên chức, cập nhật cơ sở dữ liệu ngành y tế',
  members: ids('quan', 'long', 'tram', 'hang', 'quynh'), hours: 4 });
act({ id: 'hm-2024-12', kind: 'blood-donation', date: '2024-12-08',
  title: 'Hiến máu tình nguyện đợt 2 năm 2024', members: ids('an', 'duc', 'phat', 'khoa', 'tuan', 'mai', 'quan', 'viet', 'le'),
  hours: 2 });
act({ kind: 'violation', date: '2024-12-09', members: ids('tien'), type: 'late', minutes: 20 });
act({ id: 'sh-2024-12', kind: 'study', date: '2024-12-18',
  title: 'Sinh hoạt chi đoàn: tổng kết công tác Đoàn năm 2024, đánh giá, xếp loại đoàn viên',
  members: 'all', except: ids(...NOT_DV), hours: 3 });
act({ id: 'kt-2024-12a', kind: 'award', date: '2024-12-20',
  title: 'Giấy khen của Ban Thường vụ Huyện đoàn Quế Sơn: thành tích xuất sắc trong phong trào “3 trách nhiệm” năm 2024',
  members: ids('phat', 'mai', 'quan'), decision: '112-QĐ/HĐTN' });
act({ id: 'tt-2024-12', kind: 'sport', date: '2024-12-21',
  title: 'Giao lưu bóng đá chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam',
  members: ids('an', 'cuong', 'duc', 'huy', 'phat', 'khoa', 'tien', 'thang', 'bao', 'tuan', 'nam', 'quan', 'long', 'viet'),
  hours: 2 });
act({ id: 'kt-2024-12b', kind: 'award', date: '2024-12-27',
  title: 'Giấy khen của Giám đốc Sở Y tế Quảng Nam: có sáng kiến được công nhận cấp tỉnh',
  members: ids('phat', 'nhung'), decision: '1456/QĐ-SYT' });

// --- 2024-03 award (kept with its month) ---
act({ id: 'kt-2024-03', kind: 'award', date: '2024-03-26',
  title: 'Giấy khen của Ban Chấp hành Huyện đoàn Quế Sơn: hoàn thành xuất sắc nhiệm vụ công tác Đoàn năm 2023',
  members: ids('phat', 'mai'), decision: '45-QĐ/HĐTN' });

// --- 2025-01 ---
act({ kind: 'violation', date: '2025-01-06', members: ids('huy'), type: 'late', minutes: 10 });
act({ id: 'sh-2025-01', kind: 'study', date: '2025-01-10',
  title: 'Sinh hoạt chi đoàn: triển khai Chương trình công tác Đoàn năm 2025',
  members: 'all', except: ids(...NOT_DV, 'bao'), hours: 2 });
act({ id: 'hm-2025-01', kind: 'blood-donation', date: '2025-01-12', title: 'Lễ hội Xuân hồng năm 2025',
  members: ids('cuong', 'huy', 'tien', 'thang', 'tam', 'nam', 'diem', 'long', 'viet', 'thao'), hours: 2 });
act({ id: 'sk-2025-01', kind: 'initiative', date: '2025-01-15',
  title: 'Phiếu theo dõi tốc độ truyền dịch dán tại giường bệnh',
  members: ids('tam', 'anh') });
act({ id: 'xyt-2025-01', kind: 'charity', date: '2025-01-18',
  title: 'Chương trình "Xuân yêu thương": tặng quà Tết người bệnh nghèo đang điều trị',
  members: ids('an', 'binh', 'nhung', 'oanh', 'le', 'mai', 'yen', 'phuong', 'hang', 'tram', 'quynh'), hours: 3 });
act({ id: 'sk-2025-02', kind: 'initiative', date: '2025-01-20',
  title: 'Bảng tính theo dõi hạn bảo dưỡng, kiểm định trang thiết bị y tế',
  members: ids('viet'), level: 'co-so', recognized: '2025-03-21', decision: '18/QĐ-TTYT', in_01m: true });

// --- 2025-02 ---
act({ id: 'hh-2025-02', kind: 'study', date: '2025-02-03',
  title: 'Học tập chuyên đề kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam',
  members: 'all', hours: 2, note: 'Toàn cơ quan' });
act({ kind: 'violation', date: '2025-02-10', members: ids('cuong'), type: 'early-leave', minutes: 20 });
act({ id: 'cntt-2025-02', kind: 'it-application', date: '2025-02-14',
  title: 'Triển khai thanh toán viện phí không dùng tiền mặt bằng mã QR',
  members: ids('dept:kham-benh', 'quan', 'hang', 'quynh'), except: ids('loi'), hours: 2 });
act({ id: 'th-2025-02', kind: 'training', date: '2025-02-20',
  title: 'Tập huấn cấp cứu ngừng tuần hoàn cho điều dưỡng', members: ids('dept:hscc'), except: ids('son'), hours: 4 });
act({ id: 'tt-2025-02', kind: 'sport', date: '2025-02-22',
  title: 'Giao lưu thể thao chào mừng 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2025)',
  members: ids('an', 'duc', 'huy', 'phat', 'khoa', 'tien', 'thang', 'tuan', 'nam', 'mai', 'quan', 'long', 'viet'),
  hours: 3 });

// --- 2025-03 ---
act({ id: 'tn-2025-03', kind: 'volunteer', date: '2025-03-02',
  title: 'Ra quân Tháng Thanh niên 2025: khám sàng lọc tăng huyết áp cho người dân xã Quế Long',
  members: ids('an', 'binh', 'nhung', 'phat', 'oanh', 'khoa', 'mai', 'tuan', 'phuong', 'lan', 'quan'), hours: 4 });
act({ id: 'kmp-2025-03', kind: 'free-clinic', date: '2025-03-15',
  title: 'Khám bệnh, cấp thuốc miễn phí cho người cao tuổi xã Quế Mỹ',
  members: ids('loi', 'cuong', 'duc', 'dung', 'thang', 'tien', 'nam', 'diem') });
act({ id: 'cnx-2025-03', kind: 'green-sunday', date: '2025-03-23',
  title: 'Ngày Chủ nhật xanh: ra quân làm sạch môi trường khu vực chợ Đông Phú',
  members: 'all', except: ids(...NOT_DV, 'tam'), hours: 2.5 });
act({ id: 'sh-2025-03', kind: 'study', date: '2025-03-26',
  title: 'Sinh hoạt kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh',
  members: 'all', except: ids(...NOT_DV), hours: 2 });
act({ id: 'kt-2025-03', kind: 'award', date: '2025-03-26',
  title: 'Giấy khen của Ban Thường vụ Huyện đoàn Quế Sơn: hoàn thành xuất sắc nhiệm vụ công tác Đoàn năm 2024',
  members: ids('mai', 'oanh'), decision: '20-QĐ/HĐTN' });

// ---------------------------------------------------------------------------------------
// Duty rosters: a fixed greedy rotation with hand-placed exceptions.
// ---------------------------------------------------------------------------------------
const SHIFT_FROM = '2024-01-01';
const SHIFT_TO = '2025-03-31';
const TYPES = { day: ['07:00', '17:00'], night: ['17:00', '07:00'], '24h': ['07:00', '07:00'] };
const minutes = (hhmm) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);
function interval(date, type, start, end) {
  const s = minutes(start ?? TYPES[type][0]);
  let e = minutes(end ?? TYPES[type][1]);
  if (e <= s) e += 1440;
  const base = toDay(date) * 1440;
  return [base + s, base + e];
}
const REST = 12 * 60;

const POOLS = {
  hscc: {
    doctor: ids('phat', 'khoa', 'thang', 'son'),
    nurse: ids('oanh', 'bao', 'tam', 'tien', 'anh', 'le', 'hau', 'xuan'),
  },
  'noi-nhi': {
    doctor: ids('mai', 'tuan', 'nam', 'thanh'),
    nurse: ids('lan', 'thao', 'yen', 'diem', 'phuong', 'hoa'),
  },
  'kham-benh': {
    doctor: ids('an', 'cuong', 'duc', 'loi'),
    nurse: ids('binh', 'nhung', 'huy', 'linh'),
    support: ids('dung', 'ha'),
    night: ids('an', 'cuong', 'duc', 'loi', 'binh', 'nhung', 'huy'),
  },
};
// Heads of department take fewer turns.
const WEIGHT = { [M.son]: 1.6, [M.thanh]: 1.6, [M.loi]: 1.6, [M.xuan]: 1.6, [M.hoa]: 1.3 };
// Not rostered: on leave.
const UNAVAILABLE = Object.entries(LEAVE).flatMap(([key, list]) => list.map((l) => [M[key], l.from, l.to]));

// Slots of one day: [department, type, roles…, options]
function slotsOf(date) {
  const out = [];
  const off = isOff(date);
  const sat = weekday(date) === 6;
  if (sat && !HOLIDAY_SET.has(date)) {
    out.push({ department: 'kham-benh', type: 'day', end: '11:30', roles: ['doctor', 'nurse', 'support'],
      note: 'Khám ngoài giờ sáng thứ Bảy' });
  }
  if (off) out.push({ department: 'hscc', type: 'day', roles: ['doctor', 'nurse'] });
  if (off) out.push({ department: 'noi-nhi', type: '24h', roles: ['doctor'] });
  if (off) out.push({ department: 'noi-nhi', type: 'day', roles: ['nurse'] });
  out.push({ department: 'hscc', type: 'night', roles: ['doctor', 'nurse'] });
  out.push({ department: 'noi-nhi', type: 'night', roles: off ? ['nurse'] : ['doctor', 'nurse'] });
  if (date >= '2024-07-01') out.push({ department: 'kham-benh', type: 'night', roles: ['night'] });
  return out;
}

// Hand-placed exceptions: [date, department, type, role] -> member id, or null = nobody found.
const FORCED = new Map();
const FORCED_NOTES = new Map(); // [date|department|type] -> note
const force = (date, department, type, role, who, note) => FORCED.set(`${date}|${department}|${type}|${role}`, { who, note });
// Coverage gaps: hscc nights with only one person.
force('2024-04-27', 'hscc', 'night', 'nurse', null, 'Thiếu 01 điều dưỡng: ĐD Đoàn Thị Ngọc Ánh nghỉ ốm đột xuất, không bố trí được người thay');
FORCED_NOTES.set('2024-07-01|kham-benh|night', 'Bắt đầu trực đêm tiếp nhận người bệnh tại Khoa Khám bệnh');
force('2024-10-29', 'hscc', 'night', 'nurse', null, 'Thiếu 01 điều dưỡng: 02 điều dưỡng được điều động hỗ trợ vùng lũ Quế Phú');
// Rest warnings: day + night on the same Saturday; night followed by a day shift.
force('2024-08-17', 'hscc', 'day', 'nurse', M.tien);
force('2024-08-17', 'hscc', 'night', 'nurse', M.tien, 'Trực thay ĐD Trương Thị Lệ (việc gia đình)');
force('2024-12-21', 'noi-nhi', 'night', 'nurse', M.phuong);
force('2024-12-22', 'noi-nhi', 'day', 'nurse', M.phuong, 'Trực thay ĐD Huỳnh Thị Diễm (con ốm)');
// Night limit: Dr Khoa covers 11 nights in October 2024 (flood season), every other night.
const KHOA_OCT = [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21].map((d) => `2024-10-${String(d).padStart(2, '0')}`);
for (const d of KHOA_OCT) force(d, 'hscc', 'night', 'doctor', M.khoa);
const BLOCKED = (id, date) => id === M.khoa && date.startsWith('2024-10');

function buildShifts() {
  const placed = new Map(); // member -> [[s, e]]
  const counts = new Map(); // member -> { night, off, total, month: {ym: n} }
  const cnt = (id) => {
    if (!counts.has(id)) counts.set(id, { night: 0, off: 0, total: 0, month: {} });
    return counts.get(id);
  };
  const free = (id, iv) => (placed.get(id) ?? []).every(([s, e]) => e + REST <= iv[0] || iv[1] + REST <= s);
  const put = (id, iv, isNight, isOffDay, ym) => {
    if (!placed.has(id)) placed.set(id, []);
    placed.get(id).push(iv);
    const c = cnt(id);
    c.total++;
    if (isNight) { c.night++; c.month[ym] = (c.month[ym] ?? 0) + 1; }
    if (isOffDay) c.off++;
  };
  const days = [...daysBetween(SHIFT_FROM, SHIFT_TO)];
  const records = [];
  for (const date of days) for (const slot of slotsOf(date)) records.push({ date, ...slot, members: [], notes: [] });
  // First the hand-placed ones, so the rotation works around them.
  for (const r of records) {
    const iv = interval(r.date, r.type, r.start, r.end);
    r.roles.forEach((role, i) => {
      const f = FORCED.get(`${r.date}|${r.department}|${r.type}|${role}`);
      if (!f) return;
      r.members[i] = f.who;
      if (f.note) r.notes.push(f.note);
      if (f.who) put(f.who, iv, r.type !== 'day', isOff(r.date), r.date.slice(0, 7));
    });
  }
  for (const r of records) {
    const n = FORCED_NOTES.get(`${r.date}|${r.department}|${r.type}`);
    if (n) r.notes.push(n);
  }
  records.sort((a, b) => interval(a.date, a.type, a.start, a.end)[0] - interval(b.date, b.type, b.start, b.end)[0]);
  for (const r of records) {
    const iv = interval(r.date, r.type, r.start, r.end);
    const isNight = r.type !== 'day';
    const offDay = isOff(r.date);
    const ym = r.date.slice(0, 7);
    r.roles.forEach((role, i) => {
      if (r.members[i] !== undefined) return;
      const pool = POOLS[r.department][role].filter((id) => activeOn(id, r.date)
        && !BLOCKED(id, r.date)
        && !UNAVAILABLE.some(([who, from, to]) => who === id && from <= r.date && r.date <= to)
        && !r.members.includes(id) && free(id, iv));
      if (pool.length === 0) throw new Error(`nobody for ${r.date} ${r.department} ${r.type} ${role}`);
      const key = (id) => {
        const c = cnt(id), w = WEIGHT[id] ?? 1;
        return isNight ? [(c.month[ym] ?? 0) * w, c.night * w, c.total * w]
          : offDay ? [c.off * w, c.total * w, 0] : [c.total * w, 0, 0];
      };
      pool.sort((a, b) => {
        const ka = key(a), kb = key(b);
        for (let j = 0; j < ka.length; j++) if (ka[j] !== kb[j]) return ka[j] - kb[j];
        return POOLS[r.department][role].indexOf(a) - POOLS[r.department][role].indexOf(b);
      });
      r.members[i] = pool[0];
      put(pool[0], iv, isNight, offDay, ym);
    });
    r.members = r.members.filter(Boolean);
  }
  return records;
}

// ---------------------------------------------------------------------------------------
// YAML writing (by hand, to control the style)
// ---------------------------------------------------------------------------------------
// A plain scalar is fine unless it could be read as something else (YAML 1.2 core schema).
function scalar(v, inFlow = false) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v; // a date
  if (/^\d{2}:\d{2}$/.test(v)) return `"${v}"`; // a time: always quoted
  const numberLike = /^[-+]?(\.\d|\d)/.test(v) && (!Number.isNaN(Number(v.replaceAll('_', ''))) || /^\d+(:\d+)+$/.test(v));
  const risky = v === '' || /^(true|false|null|~|\.inf|\.nan)$/i.test(v) || numberLike
    || /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) || /\s$/.test(v) || v.endsWith(':')
    || v.includes(': ') || v.includes(' #') || v.includes('\n') || (inFlow && /[,[\]{}]/.test(v));
  if (!risky) return v;
  if (!v.includes('"')) return `"${v}"`;
  return `'${v.replaceAll("'", "''")}'`;
}
const quoted = (v) => JSON.stringify(v);
const flowList = (list) => `[${list.map((x) => scalar(x, true)).join(', ')}]`;
function listField(key, list, indent) {
  const one = `${indent}${key}: ${flowList(list)}`;
  if (one.length <= 100) return [one];
  return [`${indent}${key}:`, ...list.map((x) => `${indent}  - ${scalar(x)}`)];
}
function block(rec, order, special = {}) {
  const lines = [];
  let first = true;
  for (const key of order) {
    if (rec[key] === undefined || rec[key] === null) continue;
    const indent = first ? '- ' : '  ';
    first = false;
    const v = rec[key];
    if (special[key]) lines.push(`${indent}${key}: ${special[key](v)}`);
    else if (Array.isArray(v)) {
      const out = listField(key, v, '  ');
      out[0] = indent + out[0].slice(2);
      lines.push(...out);
    } else lines.push(`${indent}${key}: ${scalar(v)}`);
  }
  return lines.join('\n');
}
function flow(rec, order, special = {}) {
  const parts = order.filter((k) => rec[k] !== undefined && rec[k] !== null).map((k) => {
    const v = rec[k];
    return `${k}: ${special[k] ? special[k](v) : Array.isArray(v) ? flowList(v) : scalar(v, true)}`;
  });
  return `- { ${parts.join(', ')} }`;
}

const ACTIVITY_ORDER = ['id', 'kind', 'date', 'end', 'title', 'members', 'except', 'hours', 'level', 'recognized',
  'accepted', 'decision', 'in_01m', 'type', 'minutes', 'severity', 'note'];
// A violation's decision comes with its form, after the facts.
const VIOLATION_ORDER = ['id', 'kind', 'date', 'members', 'type', 'minutes', 'severity', 'form', 'decision', 'note'];
const SHIFT_ORDER = ['date', 'type', 'department', 'members', 'start', 'end', 'note'];
const SPECIAL = { decision: quoted, start: quoted, end: (v) => (/^\d{2}:\d{2}$/.test(v) ? quoted(v) : v) };

const files = new Map();
const write = (rel, text) => files.set(rel, text.endsWith('\n') ? text : `${text}\n`);
const MONTH_VI = (ym) => `${ym.slice(5, 7)}/${ym.slice(0, 4)}`;

// unit.yaml
write('unit.yaml', [
  '# Thông tin đơn vị — dùng cho tiêu đề báo cáo',
  'name: Chi đoàn Trung tâm Y tế huyện Quế Sơn',
  'parent: Huyện đoàn Quế Sơn',
  'place: Quế Sơn',
  'kind: doan',
  'departments:',
  ...DEPARTMENTS.map((d) => `  - { id: ${d.id}, name: ${scalar(d.name, true)} }`),
  '# Ký hiệu, người ký và nơi nhận của báo cáo (bản Word, --format docx, và bản Markdown)',
  'code: CĐTTYT',
  'signer: { on_behalf: TM. BAN CHẤP HÀNH, title: BÍ THƯ, name: Đặng Thị Thu Hà }',
  'recipients:',
  '  - Ban Thường vụ Huyện đoàn Quế Sơn (b/c);',
  '  - Chi bộ Trung tâm Y tế huyện (b/c);',
  '  - Lưu VP Chi đoàn.',
].join('\n'));

// rules.yaml
write('rules.yaml', [
  '# Quy định thi đua của Chi đoàn — chỉ ghi những mục khác hoặc cần nói rõ so với mặc định',
  '',
  '# Chỉ đánh giá đoàn viên; viên chức không phải đoàn viên vẫn có tên trong lịch trực',
  'population: { groups: [doan-vien] }',
  '',
  'shifts:',
  '  types:',
  '    # Ca đêm ngày thường 17:00–07:00 (14 giờ): kế toán tính như phiên trực 16/24 giờ',
  '    # (ngoài giờ hành chính), hệ số 0,75 — không ghi thì 14 giờ chỉ được tính 12/24 giờ (0,5)',
  '    night: { start: "17:00", end: "07:00", allowance: 0.75 }',
  '    # Bác sĩ Khoa Nội – Nhi trực 24/24 ngày thứ Bảy, Chủ nhật và ngày lễ',
  '    24h: { start: "07:00", end: "07:00" }',
  '  coverage:',
  '    # Khoa Hồi sức cấp cứu: mỗi đêm ít nhất 02 người (01 bác sĩ/y sĩ, 01 điều dưỡng)',
  '    - { department: hscc, type: night, min: 2 }',
  '    - { department: noi-nhi, type: night, min: 1, from: 2024-01-01 }',
  '    # Khoa Khám bệnh tiếp nhận người bệnh ban đêm từ 01/7/2024',
  '    - { department: kham-benh, type: night, min: 1, from: 2024-07-01 }',
  '',
  '# Phụ cấp thường trực (Quyết định 73/2011/QĐ-TTg, Điều 2): trung tâm y tế huyện 65.000 đồng/người',
  '# cho một phiên trực 24/24 giờ; Khoa Hồi sức cấp cứu × 1,5; ngày nghỉ hằng tuần × 1,3; lễ, Tết × 1,8.',
  '# Ca ngày 07:00–17:00 (10 giờ) là giờ hành chính, không tính phụ cấp thường trực.',
  'allowance:',
  '  rate: 65000',
  '  intensive_care: [hscc]',
  '  intensive_factor: 1.5',
  '  weekend_factor: 1.3',
  '  holiday_factor: 1.8',
  '',
  '# Ngày nghỉ lễ, Tết chính thức của cán bộ, công chức, viên chức (theo thông báo hằng năm)',
  'holidays:',
  ...HOLIDAYS.flatMap(([comment, days]) => [`  # ${comment}`, ...days.map((d) => `  - ${d}`)]),
].join('\n'));

// members.yaml
{
  const out = [
    '# Danh sách cán bộ, viên chức tham gia phong trào và lịch trực',
    '# Nhóm: doan-vien (đoàn viên), cong-doan (công đoàn viên), dang-vien (đảng viên)',
  ];
  for (const dep of DEPARTMENTS) {
    out.push('', `# ----- ${dep.name} -----`);
    for (const m of MEMBERS.filter((x) => x.department === dep.id)) {
      if (m.comment) out.push(`# ${m.name}: ${m.comment}`);
      out.push(block({ id: m.id, name: m.name, department: m.department, title: m.title, groups: m.groups,
        joined: m.joined ?? undefined, left: m.left ?? undefined, direct_worker: m.direct ? true : undefined },
      ['id', 'name', 'department', 'title', 'groups', 'joined', 'left', 'direct_worker']));
      if (m.leave.length) out.push('  leave:', ...m.leave.map((l) => `    ${flow(l, ['from', 'to', 'kind'])}`));
    }
  }
  write('members.yaml', out.join('\n'));
}

// activities/YYYY/YYYY-MM.yaml
{
  const months = new Map();
  for (const a of A) {
    const ym = a.date.slice(0, 7);
    if (!months.has(ym)) months.set(ym, []);
    months.get(ym).push(a);
  }
  const wanted = ['2023-11', ...Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    '2025-01', '2025-02', '2025-03'];
  for (const ym of wanted) {
    const list = (months.get(ym) ?? []).slice().sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    const out = [`# Hoạt động tháng ${MONTH_VI(ym)} — ${UNIT_SHORT}`];
    if (ym === '2023-11') out.push('# Chỉ ghi sáng kiến nộp năm 2023 để theo dõi việc công nhận năm 2024');
    for (const a of list) {
      const rec = { ...a, members: a.members === 'all' ? 'all' : a.members };
      out.push('');
      const order = a.kind === 'violation' ? VIOLATION_ORDER : ACTIVITY_ORDER;
      const oneLine = flow(rec, order, SPECIAL);
      if (a.kind === 'violation' && !a.note && oneLine.length <= 100) out.push(oneLine);
      else out.push(block(rec, order, SPECIAL));
    }
    write(`activities/${ym.slice(0, 4)}/${ym}.yaml`, out.join('\n'));
  }
}

// ratings/2024.yaml (SPEC §6): the centre's yearly rating of every member on its staff at the
// end of the year; mostly htt, a few htxs, two ht, one kht.
const RATING_2024 = { nhung: 'htxs', loi: 'htxs', phat: 'htxs', mai: 'htxs', quan: 'htxs', duc: 'ht', tien: 'ht', bao: 'kht' };
const RATING_NOTES = {
  duc: 'Khiển trách (Quyết định 87/QĐ-TTYT)',
  bao: 'Cảnh cáo (Quyết định 97/QĐ-TTYT)',
  tien: 'Hai lần đi muộn bị nhắc nhở trong năm',
  yen: 'Nghỉ thai sản 6 tháng: đánh giá theo thời gian làm việc thực tế',
};
{
  const left = MEMBERS.filter((m) => m.left && m.left < '2024-12-31');
  const out = [
    '# Kết quả đánh giá, xếp loại chất lượng viên chức năm 2024 — Trung tâm Y tế huyện Quế Sơn',
    '# Xếp loại: htxs (hoàn thành xuất sắc nhiệm vụ), htt (hoàn thành tốt nhiệm vụ),',
    '#           ht (hoàn thành nhiệm vụ), kht (không hoàn thành nhiệm vụ)',
    '# Lao động tiên tiến cần xếp loại từ "hoàn thành tốt nhiệm vụ" trở lên.',
    `# ${left.map((m) => `${m.name} (${m.key === 'linh' ? 'chuyển công tác từ 01/7' : 'nghỉ việc từ 01/10'})`).join(' và ')}`,
    '# không còn công tác tại Trung tâm khi đánh giá cuối năm: không xếp loại ở đây.',
    '',
    'year: 2024',
    'decision: "135/QĐ-TTYT"',
    'date: 2024-12-25',
    'levels:',
  ];
  DEPARTMENTS.forEach((dep, i) => {
    if (i > 0) out.push('');
    out.push(`  # ----- ${dep.name} -----`);
    for (const m of MEMBERS.filter((x) => x.department === dep.id && !left.includes(x))) {
      if (RATING_NOTES[m.key]) out.push(`  # ${RATING_NOTES[m.key]}`);
      out.push(`  ${m.id}: ${RATING_2024[m.key] ?? 'htt'}`);
    }
  });
  write('ratings/2024.yaml', out.join('\n'));
}

// shifts/YYYY/YYYY-MM.yaml
{
  const records = buildShifts();
  const months = new Map();
  for (const r of records) {
    const ym = r.date.slice(0, 7);
    if (!months.has(ym)) months.set(ym, []);
    months.get(ym).push(r);
  }
  const DEP_ORDER = ['hscc', 'noi-nhi', 'kham-benh'];
  const TYPE_ORDER = { day: 0, '24h': 1, night: 2 };
  for (const [ym, list] of months) {
    const out = [
      `# Lịch trực tháng ${MONTH_VI(ym)} — Trung tâm Y tế huyện Quế Sơn`,
      '# Ca ngày 07:00–17:00, ca đêm 17:00–07:00 sáng hôm sau, 24h: 07:00–07:00;',
      '# thứ Bảy, Chủ nhật và ngày lễ trực luân phiên. Lịch lập đầu mỗi tuần.',
    ];
    for (const dep of DEP_ORDER) {
      const rows = list.filter((r) => r.department === dep)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : TYPE_ORDER[a.type] - TYPE_ORDER[b.type]));
      if (rows.length === 0) continue;
      out.push('', `# ===== ${DEPARTMENTS.find((d) => d.id === dep).name} =====`);
      let week = null;
      for (const r of rows) {
        const monday = addDays(r.date, -((weekday(r.date) + 6) % 7));
        if (monday !== week) {
          week = monday;
          out.push(`# Tuần ${ddmm(monday)} – ${ddmm(addDays(monday, 6))}`);
        }
        const rec = { date: r.date, type: r.type, department: r.department, members: r.members,
          start: r.start, end: r.end, note: r.notes.length ? r.notes.join('; ') : r.note };
        out.push(block(rec, SHIFT_ORDER, SPECIAL));
      }
    }
    write(`shifts/${ym.slice(0, 4)}/${ym}.yaml`, out.join('\n'));
  }
}

// Write everything (data/ is owned by this script: old files are removed first; narrative/,
// the clerk's own words, is written by hand and left alone).
for (const sub of ['activities', 'shifts', 'ratings']) rmSync(join(OUT, sub), { recursive: true, force: true });
for (const name of ['unit.yaml', 'rules.yaml', 'members.yaml']) rmSync(join(OUT, name), { force: true });
let total = 0;
for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text.normalize('NFC'));
  total += Buffer.byteLength(text);
}
console.log(`wrote ${files.size} files, ${(total / 1024).toFixed(1)} KiB, into ${OUT}`);
