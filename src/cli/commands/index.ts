/** The command table: each entry registers one small command module. */
import { Argument, Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { DEFAULT_FORMATS } from '../options.js';
import { runCheck } from './check.js';
// report, member and schema are imported when they run: `check` need not load the
// renderers (liquidjs, csv-stringify, chalk) nor the figures.
import type { ReportOptions } from './report.js';
import type { MemberOptions } from './member.js';
import type { InitOptions } from './init.js';
import type { UpgradeOptions } from './upgrade.js';
import type { ImportKind, ImportOptions } from './import.js';
import type { NewMonthOptions } from './new-month.js';

export type Register = (program: Command, ctx: Context, setExit: (code: number) => void) => void;

// No commander default: without --data the command looks for data/ here and in the parent
// folders (find-data-dir.ts), which it can only do when it knows the option was not given.
const dataOption = () => new Option('--data <dir>', 'thư mục dữ liệu (mặc định: data/ ở đây hoặc ở thư mục cha) / data folder');

const registerCheck: Register = (program, ctx, setExit) => {
  program
    .command('check')
    .description('Kiểm tra dữ liệu: mọi lỗi và cảnh báo, có vị trí tệp:dòng:cột')
    .addOption(dataOption())
    .addOption(new Option('--format <format>', 'text | json').choices(['text', 'json']).default('text'))
    .option('--strict', 'coi cảnh báo là lỗi / treat warnings as errors', false)
    .action((opts: { data?: string; format: 'text' | 'json'; strict: boolean }) => {
      setExit(runCheck(ctx, opts));
    });
};

const windowOptions = (cmd: Command): Command =>
  cmd
    .option('--year <YYYY>', 'cả năm / a whole year')
    .option('--month <YYYY-MM>', 'một tháng, tính lũy kế từ đầu năm; "previous" = tháng trước (giờ Việt Nam)')
    .option('--phase <YYYY:N>', 'đợt thứ N của năm / the N-th phase of the year')
    .option('--from <YYYY-MM-DD>', 'từ ngày / from')
    .option('--to <YYYY-MM-DD>', 'đến ngày / to');

const registerReport: Register = (program, ctx, setExit) => {
  windowOptions(program.command('report').description('Lập báo cáo cho một kỳ: Markdown, CSV, JSON và bản Word để ký (docx)'))
    .addOption(dataOption())
    .option('--out <dir>', 'thư mục ghi báo cáo (mặc định reports/<kỳ>/)')
    .option('--format <list>', 'md,csv,json,docx (docx: report.docx, với kỳ cả năm thêm proposals.docx)', DEFAULT_FORMATS)
    .option('--stdout', 'in một định dạng văn bản (md, csv, json) ra màn hình, không ghi tệp', false)
    .option('--as-of <YYYY-MM-DD>', 'tính đến ngày (nằm trong kỳ)')
    .option('--delimiter <char>', 'dấu phân cách CSV: , ; tab', ',')
    .action(async (opts: ReportOptions) => {
      setExit(await (await import('./report.js')).runReport(ctx, opts));
    });
};

const registerSchema: Register = (program, ctx, setExit) => {
  program
    .command('schema')
    .description('Ghi các tệp JSON Schema cho trình soạn thảo (gợi ý khoá, gạch chân lỗi khi gõ)')
    .option('--out <dir>', 'thư mục ghi', 'schema')
    .action(async (opts: { out: string }) => {
      setExit((await import('./schema.js')).runSchema(ctx, opts));
    });
};

const registerMember: Register = (program, ctx, setExit) => {
  windowOptions(program.command('member').argument('<id>', 'mã người').description('Phiếu tự kiểm tra của một người'))
    .addOption(dataOption())
    .option('--as-of <YYYY-MM-DD>', 'tính đến ngày (nằm trong kỳ)')
    .action(async (id: string, opts: MemberOptions) => {
      setExit((await import('./member.js')).runMember(ctx, id, opts));
    });
};

const registerInit: Register = (program, ctx, setExit) => {
  program
    .command('init')
    .argument('[dir]', 'thư mục của kho dữ liệu mới (mặc định: thư mục hiện tại)')
    .description('Tạo kho dữ liệu mới: dữ liệu mẫu, README, kiểm tra trước khi commit, báo cáo tự động hằng tháng')
    .option('--no-git', 'không chạy git init, không bật hook')
    .action(async (dir: string | undefined, opts: InitOptions) => {
      setExit((await import('./init.js')).runInit(ctx, dir, opts));
    });
};

const registerUpgrade: Register = (program, ctx, setExit) => {
  program
    .command('upgrade')
    .argument('[dir]', 'kho dữ liệu cần nâng cấp (mặc định: kho chứa thư mục hiện tại)')
    .description('Thay thidua trong kho dữ liệu (.thidua/thidua.mjs, tệp schema) bằng bản này, và cho biết những gì đã đổi')
    .option('--templates', 'thay cả hook, tệp CI, package.json bằng mẫu của bản này', false)
    .action(async (dir: string | undefined, opts: UpgradeOptions) => {
      setExit((await import('./upgrade.js')).runUpgrade(ctx, dir, opts));
    });
};

// import and new month (SPEC §9): the only commands that write into the data folder.
const registerImport: Register = (program, ctx, setExit) => {
  program
    .command('import')
    .addArgument(new Argument('<kind>', 'members (danh sách người) | shifts (bảng lịch trực)').choices(['members', 'shifts']))
    .argument('<file>', 'tệp Excel .xlsx (trang tính đầu tiên) hoặc .csv')
    .description('Nhập danh sách người hoặc bảng lịch trực từ Excel/CSV vào thư mục dữ liệu')
    .addOption(dataOption())
    .option('--month <YYYY-MM>', 'tháng của bảng lịch trực (import shifts)')
    .option('--dry-run', 'chỉ in YAML sẽ ghi, không ghi gì / print the YAML, write nothing', false)
    .action(async (kind: ImportKind, file: string, opts: ImportOptions) => {
      setExit(await (await import('./import.js')).runImport(ctx, kind, file, opts));
    });
};

const registerNew: Register = (program, ctx, setExit) => {
  program
    .command('new')
    .description('Tạo tệp mới trong thư mục dữ liệu')
    .command('month')
    .argument('<month>', 'YYYY-MM')
    .description('Tạo activities/Y/Y-MM.yaml và shifts/Y/Y-MM.yaml cho một tháng (không ghi đè)')
    .addOption(dataOption())
    .action(async (month: string, opts: NewMonthOptions) => {
      setExit((await import('./new-month.js')).runNewMonth(ctx, month, opts));
    });
};

export const COMMANDS: readonly Register[] = [registerCheck, registerReport, registerMember, registerSchema, registerInit, registerUpgrade, registerImport, registerNew];
