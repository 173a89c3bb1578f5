/** The command table: each entry registers one small command module. */
import { Argument, Option, type Command } from 'commander';
import { catalogue } from '../../i18n/index.js';
import type { Context } from '../context.js';
import { DEFAULT_FORMATS, nonEmptyPath } from '../options.js';
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
// Every description is the catalogue's (`help`), in the chosen language.
// An empty path (an unset shell variable) is a usage error, never the current folder.
const dataOption = (ctx: Context) => new Option('--data <dir>', catalogue(ctx.lang).help.data).argParser(nonEmptyPath('--data', ctx.lang));

const registerCheck: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('check')
    .description(words.check)
    .addOption(dataOption(ctx))
    .addOption(new Option('--format <format>', words.checkFormat).choices(['text', 'json']).default('text'))
    .option('--strict', words.strict, false)
    .action(async (opts: { data?: string; format: 'text' | 'json'; strict: boolean }) => {
      setExit(await (await import('./check.js')).runCheck(ctx, opts));
    });
};

const windowOptions = (cmd: Command, ctx: Context): Command => {
  const words = catalogue(ctx.lang).help;
  return cmd
    .option('--year <YYYY>', words.year)
    .option('--month <YYYY-MM>', words.month)
    .option('--phase <YYYY:N>', words.phase)
    .option('--from <YYYY-MM-DD>', words.from)
    .option('--to <YYYY-MM-DD>', words.to);
};

const registerReport: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  windowOptions(program.command('report').description(words.report), ctx)
    .addOption(dataOption(ctx))
    .addOption(new Option('--out <dir>', words.reportOut).argParser(nonEmptyPath('--out', ctx.lang)))
    .option('--format <list>', words.reportFormat, DEFAULT_FORMATS)
    .option('--stdout', words.stdout, false)
    .option('--as-of <YYYY-MM-DD>', words.asOf)
    .option('--delimiter <char>', words.delimiter, ',')
    .action(async (opts: ReportOptions) => {
      setExit(await (await import('./report.js')).runReport(ctx, opts));
    });
};

const registerSchema: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('schema')
    .description(words.schema)
    .addOption(new Option('--out <dir>', words.schemaOut).default('schema').argParser(nonEmptyPath('--out', ctx.lang)))
    .action(async (opts: { out: string }) => {
      setExit((await import('./schema.js')).runSchema(ctx, opts));
    });
};

const registerMember: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  windowOptions(program.command('member').argument('<id>', words.memberId).description(words.member), ctx)
    .addOption(dataOption(ctx))
    .option('--as-of <YYYY-MM-DD>', words.asOf)
    .action(async (id: string, opts: MemberOptions) => {
      setExit(await (await import('./member.js')).runMember(ctx, id, opts));
    });
};

const registerInit: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('init')
    .addArgument(new Argument('[dir]', words.initDir).argParser(nonEmptyPath('DIR', ctx.lang)))
    .description(words.init)
    .option('--no-git', words.noGit)
    .action(async (dir: string | undefined, opts: InitOptions) => {
      setExit((await import('./init.js')).runInit(ctx, dir, opts));
    });
};

const registerUpgrade: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('upgrade')
    .addArgument(new Argument('[dir]', words.upgradeDir).argParser(nonEmptyPath('DIR', ctx.lang)))
    .description(words.upgrade)
    .option('--templates', words.templates, false)
    .action(async (dir: string | undefined, opts: UpgradeOptions) => {
      setExit((await import('./upgrade.js')).runUpgrade(ctx, dir, opts));
    });
};

// import and new month (SPEC §9): the only commands that write into the data folder.
const registerImport: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('import')
    .addArgument(new Argument('<kind>', words.importKind).choices(['members', 'shifts']))
    .argument('<file>', words.importFile)
    .description(words.import)
    .addOption(dataOption(ctx))
    .option('--month <YYYY-MM>', words.importMonth)
    .option('--dry-run', words.dryRun, false)
    .action(async (kind: ImportKind, file: string, opts: ImportOptions) => {
      setExit(await (await import('./import.js')).runImport(ctx, kind, file, opts));
    });
};

const registerNew: Register = (program, ctx, setExit) => {
  const words = catalogue(ctx.lang).help;
  program
    .command('new')
    .description(words.new)
    .command('month')
    .argument('<month>', 'YYYY-MM')
    .description(words.newMonth)
    .addOption(dataOption(ctx))
    .action(async (month: string, opts: NewMonthOptions) => {
      setExit(await (await import('./new-month.js')).runNewMonth(ctx, month, opts));
    });
};

export const COMMANDS: readonly Register[] = [
  registerCheck,
  registerReport,
  registerMember,
  registerSchema,
  registerInit,
  registerUpgrade,
  registerImport,
  registerNew,
];
