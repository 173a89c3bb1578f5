/**
 * The injectable entry point: `main({ argv, cwd, env, stdout, stderr })` returns the exit
 * code. Usage errors exit 2, data errors 1; nothing a user can cause prints a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { LANGS, type Lang } from '../i18n/index.js';
import { COMMANDS } from './commands/index.js';
import { UsageError, type Context, type MainParams } from './context.js';
import { VERSION } from './version.js';

function pickLang(argv: readonly string[], env: MainParams['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env['THIDUA_LANG'] : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function main(params: MainParams): Promise<number> {
  const ctx: Context = { ...params, lang: pickLang(params.argv, params.env) };
  let exitCode = 0;
  const program = new Command('thidua')
    .description('Báo cáo thi đua "3 trách nhiệm", sáng kiến, lịch trực, khen thưởng từ dữ liệu YAML')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ / language').choices([...LANGS]).default('vi'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => params.stdout.write(s),
      writeErr: (s) => params.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .showHelpAfterError(false)
    .enablePositionalOptions(false);
  for (const register of COMMANDS) {
    register(program, ctx, (code) => {
      exitCode = code;
    });
  }
  try {
    await program.parseAsync([...params.argv], { from: 'user' });
    if (params.argv.length === 0) {
      program.outputHelp();
      return 2;
    }
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      params.stderr.write(`thidua: ${err.message}\n`);
      return 2;
    }
    // A bug, not the user's doing: say so plainly, without a stack trace unless asked.
    const message = err instanceof Error ? err.message : String(err);
    params.stderr.write(`thidua: internal error: ${message}\n`);
    if (params.env['THIDUA_DEBUG'] && err instanceof Error && err.stack) params.stderr.write(`${err.stack}\n`);
    return 3;
  }
}
