/**
 * Seeded synthetic data folders for the bench: a unit with members, activities and duty
 * shifts that `thidua check` accepts (warnings allowed, no errors), plus a ledger journal
 * with one transaction per record for the reference tools. Same seed, same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG (no Math.random anywhere in the bench). */
export function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Đình', 'Thị Kim', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Khoa', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Oanh', 'Phát', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Tiến', 'Trang', 'Tuấn', 'Vân', 'Xuân', 'Yến'];
const TITLES = ['Bác sĩ', 'Điều dưỡng', 'Y sĩ', 'Dược sĩ', 'Kỹ thuật viên', 'Hộ sinh', 'Chuyên viên'];
const PLAIN_KINDS = ['volunteer', 'free-clinic', 'green-sunday', 'blood-donation', 'charity', 'it-application', 'study', 'training', 'sport'];
const VIOLATION_TYPES = ['late', 'early-leave', 'personal-work', 'absent', 'other'];
const ASCII = { 'Đ': 'D', 'đ': 'd' };

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[Đđ]/g, (c) => ASCII[c])
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Official days off written in rules.yaml, so that no year needs the built-in calendar. */
const LUNAR = {
  2019: ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08', '2019-04-15'],
  2020: ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29', '2020-04-02'],
  2021: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16', '2021-04-21'],
  2022: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-04-11'],
  2023: ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26', '2023-04-29'],
  2024: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18'],
  2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07'],
};

function holidaysOf(year) {
  return [`${year}-01-01`, ...(LUNAR[year] ?? []), `${year}-04-30`, `${year}-05-01`, `${year}-09-02`].sort();
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const maxDate = (a, b) => (a > b ? a : b);

/** Every `YYYY-MM-DD` of `year`, by month. */
function daysOfYear(year) {
  const months = [];
  for (let m = 1; m <= 12; m++) {
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    const days = [];
    for (let d = 1; d <= last; d++) days.push(`${year}-${pad(m)}-${pad(d)}`);
    months.push(days);
  }
  return months;
}

/**
 * Plans a case: `records` in total (members + activities + shifts), `members` people in
 * departments of 20, over `years` calendar years ending with `lastYear`.
 */
export function planCase({ records, members, years, lastYear = 2024 }) {
  const departments = Math.max(1, Math.ceil(members / 20));
  const yearList = Array.from({ length: years }, (_, i) => lastYear - years + 1 + i);
  const days = yearList.reduce((n, y) => n + (y % 4 === 0 ? 366 : 365), 0);
  // About 60 % of the records are shifts, at most 4 per department and day.
  const perDay = Math.max(1, Math.min(4, Math.round((0.6 * (records - members)) / (departments * days))));
  const shifts = Math.min(records - members - 1, perDay * departments * days);
  return { records, members, departments, yearList, perDay, shifts, activities: records - members - shifts };
}

function yamlList(ids) {
  return `[${ids.join(', ')}]`;
}

/** Writes the data folder `dir/data` and `dir/ledger.journal`; returns the plan. */
export function generateCase(dir, spec, seed = 20240101) {
  const plan = planCase(spec);
  const rnd = makeRandom(seed);
  rmSync(dir, { recursive: true, force: true });
  const data = join(dir, 'data');
  mkdirSync(join(data, 'members'), { recursive: true });
  const journal = [];
  const tx = (date, what, account) => journal.push(`${date} ${what}\n    ${account}    1\n    thidua:records\n`);

  const depts = Array.from({ length: plan.departments }, (_, i) => ({ id: `khoa-${pad(i + 1, 3)}`, name: `Khoa số ${i + 1}`, members: [] }));
  writeFileSync(
    join(data, 'unit.yaml'),
    `# Đơn vị tổng hợp cho bench (sinh tự động, seed ${seed})\nname: Bệnh viện Đa khoa tổng hợp ${plan.records}\nparent: Sở Y tế\nplace: Quế Sơn\nkind: cong-doan\ndepartments:\n${depts.map((d) => `  - { id: ${d.id}, name: ${d.name} }`).join('\n')}\n`,
  );
  const first = plan.yearList[0];
  const holidays = plan.yearList.flatMap(holidaysOf);
  writeFileSync(
    join(data, 'rules.yaml'),
    `# Quy định (sinh tự động)\nshifts:\n  coverage:\n    - { department: ${depts[0].id}, type: night, min: 2 }\n    - { department: ${depts[depts.length - 1].id}, type: day, min: 2, from: ${first}-01-01 }\nholidays:\n${holidays.map((h) => `  - ${h}`).join('\n')}\n`,
  );

  const seen = new Set();
  for (let i = 0; i < plan.members; i++) {
    const dept = depts[i % plan.departments];
    const name = `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;
    let id = slug(name);
    while (seen.has(id)) id = `${slug(name)}-${pad(seen.size, 5)}`;
    seen.add(id);
    dept.members.push({ id, name, title: rnd.pick(TITLES), union: rnd.next() < 0.9, joined: `${first - 1 - rnd.int(10)}-${pad(1 + rnd.int(12))}-01` });
    tx(`${first}-01-01`, `Thành viên ${id}`, `members:${dept.id}`);
  }
  for (const dept of depts) {
    const lines = [`# Thành viên ${dept.name}`];
    for (const m of dept.members) {
      lines.push(`- id: ${m.id}`, `  name: ${m.name}`, `  department: ${dept.id}`, `  title: ${m.title}`, `  groups: ${yamlList(m.union ? ['cong-doan'] : ['hop-dong'])}`, `  joined: ${m.joined}`, `  direct_worker: ${m.title !== 'Chuyên viên'}`);
    }
    writeFileSync(join(data, 'members', `${dept.id}.yaml`), `${lines.join('\n')}\n`);
  }

  // Spread shifts and activities evenly over the months of the plan.
  const months = plan.yearList.flatMap((y) => daysOfYear(y).map((days) => ({ year: y, days })));
  let activitiesLeft = plan.activities;
  const rotation = depts.map(() => 0);
  let serial = 0;
  months.forEach((month, mi) => {
    const { year, days } = month;
    const ym = days[0].slice(0, 7);
    const monthsLeft = months.length - mi;
    // Shifts: each department, each day, `perDay` shifts of 2 members taken in turn.
    const shiftLines = [`# Lịch trực tháng ${ym} (sinh tự động)`];
    for (const date of days) {
      for (const [di, dept] of depts.entries()) {
        for (let k = 0; k < plan.perDay; k++) {
          const size = dept.members.length;
          const a = dept.members[rotation[di] % size];
          const b = dept.members[(rotation[di] + 1) % size];
          rotation[di] += 2;
          const type = k % 2 === 0 ? 'day' : 'night';
          shiftLines.push(`- date: ${date}`, `  type: ${type}`, `  department: ${dept.id}`, `  members: ${yamlList(size > 1 ? [a.id, b.id] : [a.id])}`);
          tx(date, `Ca ${type} ${dept.id}`, `shifts:${dept.id}:${type}`);
        }
      }
    }
    const shiftDir = join(data, 'shifts', String(year));
    mkdirSync(shiftDir, { recursive: true });
    writeFileSync(join(shiftDir, `${ym}.yaml`), `${shiftLines.join('\n')}\n`);

    const actLines = [`# Hoạt động tháng ${ym} (sinh tự động)`];
    const quota = Math.round(activitiesLeft / monthsLeft);
    for (let n = 0; n < quota; n++) {
      serial++;
      const date = days[rnd.int(days.length)];
      const dept = depts[rnd.int(depts.length)];
      const who = Array.from(new Set(Array.from({ length: 1 + rnd.int(5) }, () => rnd.pick(dept.members).id)));
      const r = rnd.next();
      if (r < 0.04) {
        const level = rnd.next() < 0.7 ? 'co-so' : 'tinh';
        actLines.push(
          `- id: sk-${year}-${pad(serial, 7)}`,
          `  kind: initiative`,
          `  date: ${date}`,
          `  title: "Sáng kiến số ${serial}: cải tiến quy trình tại ${dept.name}"`,
          `  members: ${yamlList(who.slice(0, 3))}`,
          ...(rnd.next() < 0.8 ? [`  level: ${level}`, `  recognized: ${maxDate(date, `${year}-12-${pad(10 + rnd.int(15))}`)}`, `  decision: "${serial}/QĐ-BV"`, `  in_01m: ${rnd.next() < 0.85}`] : []),
        );
        tx(date, `Sáng kiến ${serial}`, 'activities:initiative');
      } else if (r < 0.07) {
        actLines.push(`- { kind: violation, date: ${date}, members: [${who[0]}], type: ${rnd.pick(VIOLATION_TYPES)}, minutes: ${5 + rnd.int(60)}, note: "Lần ${serial}" }`);
        tx(date, `Vi phạm ${serial}`, 'activities:violation');
      } else if (r < 0.075) {
        actLines.push(`- kind: award`, `  date: ${date}`, `  title: Giấy khen số ${serial}`, `  members: ${yamlList(who)}`);
        tx(date, `Khen thưởng ${serial}`, 'activities:award');
      } else {
        const kind = rnd.pick(PLAIN_KINDS);
        const members = r < 0.09 ? `[dept:${dept.id}]` : yamlList(who);
        actLines.push(`- kind: ${kind}`, `  date: ${date}`, `  title: Hoạt động số ${serial} của ${dept.name}`, `  members: ${members}`, ...(rnd.next() < 0.5 ? [`  hours: ${1 + rnd.int(4)}`] : []));
        tx(date, `Hoạt động ${serial}`, `activities:${kind}`);
      }
    }
    activitiesLeft -= quota;
    const actDir = join(data, 'activities', String(year));
    mkdirSync(actDir, { recursive: true });
    writeFileSync(join(actDir, `${ym}.yaml`), `${actLines.join('\n')}\n`);
  });
  writeFileSync(join(dir, 'ledger.journal'), journal.join('\n'));
  return { ...plan, transactions: journal.length };
}
