/**
 * The injectable entry point: `main({ argv, cwd, env, stdout, stderr })` returns the exit
 * code. Usage errors exit 2, data errors 1; nothing a user can cause prints a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { catalogue, LANGS, type Lang } from '../i18n/index.js';
import { COMMANDS } from './commands/index.js';
import { UsageError, type Context, type MainParams } from './context.js';
import { commanderMessage, localizeProgram } from './help.js';
import { VERSION } from './version.js';

/**
 * The language of every word, help and usage errors included: `--lang` (before commander has
 * parsed anything, so that the help and its errors are worded in it too), else THIDUA_LANG, else vi.
 */
export function pickLang(argv: readonly string[], env: MainParams['env']): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env['THIDUA_LANG'] : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function main(params: MainParams): Promise<number> {
  const ctx: Context = { ...params, lang: pickLang(params.argv, params.env) };
  const words = catalogue(ctx.lang).help;
  let exitCode = 0;
  const program = localizeProgram(new Command('thidua'), ctx.lang)
    .description(words.program)
    .version(VERSION, '-V, --version', words.version)
    .addOption(new Option('--lang <lang>', words.lang).choices([...LANGS]).default('vi'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => params.stdout.write(s),
      writeErr: (s) => params.stderr.write(s),
      // Said in the language by the catch below, from the error's code.
      outputError: () => {},
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
      params.stderr.write(`${commanderMessage(err, ctx.lang)}\n`);
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
