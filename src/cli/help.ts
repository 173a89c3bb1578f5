/**
 * The command line in the chosen language: commander's help (its headings, the help and
 * version options, the `help` command, the `default:` and `choices:` notes) and its own error
 * messages, worded from the catalogue. The descriptions of the commands and options come from
 * the catalogue too (commands/index.ts).
 */
import { Help, type Argument, type Command, type CommanderError, type Option } from 'commander';
import { catalogue, fill, type Lang } from '../i18n/index.js';

type HelpWords = ReturnType<typeof catalogue>['help'];

/** commander's headings, as `formatHelp` passes them to `styleTitle`. */
function titles(words: HelpWords): ReadonlyMap<string, string> {
  return new Map([
    ['Usage:', words.usage],
    ['Arguments:', words.arguments],
    ['Options:', words.options],
    ['Commands:', words.commands],
    ['Global Options:', words.globalOptions],
  ]);
}

/** `default: "vi"` and `choices: "vi", "en"` in the language, after the description. */
function describe(description: string, choices: readonly string[] | undefined, defaultValue: string | undefined, words: HelpWords): string {
  const extra: string[] = [];
  if (choices) extra.push(fill(words.choices, { values: choices.map((c) => JSON.stringify(c)).join(', ') }));
  if (defaultValue !== undefined) extra.push(fill(words.defaultValue, { value: defaultValue }));
  if (extra.length === 0) return description;
  return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/** The `usage` words `[options]` and `[command]` in the language. */
function localUsage(text: string, words: HelpWords): string {
  return text.replace(/\[options\]/g, words.optionsTerm).replace(/\[command\]/g, words.commandTerm);
}

/** The Help properties for `program.configureHelp()` (subcommands inherit them). */
export function helpConfiguration(lang: Lang): Partial<Help> {
  const words = catalogue(lang).help;
  const headings = titles(words);
  const base = new Help();
  return {
    styleTitle: (str: string) => headings.get(str) ?? str,
    commandUsage: (cmd: Command) => localUsage(base.commandUsage(cmd), words),
    subcommandTerm: (cmd: Command) => localUsage(base.subcommandTerm(cmd), words),
    optionDescription: (option: Option) => {
      const showDefault =
        option.defaultValue !== undefined &&
        (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      const shown = showDefault ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined;
      return describe(option.description, option.argChoices, shown, words);
    },
    argumentDescription: (argument: Argument) => {
      const shown = argument.defaultValue !== undefined ? (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)) : undefined;
      return describe(argument.description, argument.argChoices, shown, words);
    },
  };
}

/** The help option, the version option's description and the `help` command, in the language; then the Help properties. */
export function localizeProgram(program: Command, lang: Lang): Command {
  const words = catalogue(lang).help;
  return program
    .helpOption('-h, --help', words.helpOption)
    .helpCommand(`help ${words.commandTerm}`, words.helpCommand)
    .configureHelp(helpConfiguration(lang));
}

/**
 * A commander error in the language: its message rebuilt from its code and the names it holds
 * (commander words its messages in English only); one it does not know stays as commander wrote it.
 */
export function commanderMessage(err: CommanderError, lang: Lang): string {
  const c = catalogue(lang);
  const words = c.usage;
  const text = err.message.replace(/^error: /, '');
  const suggestion = /\n\(Did you mean (.+)\?\)$/.exec(text);
  const hint = suggestion ? fill(words.didYouMean, { hint: suggestion[1]! }) : '';
  let m: RegExpExecArray | null;
  let message: string | undefined;
  switch (err.code) {
    case 'commander.unknownOption':
      if ((m = /^unknown option '([^']*)'/.exec(text))) message = fill(words.unknownOption, { option: m[1]! }) + hint;
      break;
    case 'commander.unknownCommand':
      if ((m = /^unknown command '([^']*)'/.exec(text))) message = fill(words.unknownCommand, { command: m[1]! }) + hint;
      break;
    case 'commander.missingArgument':
      if ((m = /^missing required argument '([^']*)'/.exec(text))) message = fill(words.missingArgument, { argument: m[1]! });
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^option '([^']*)' argument missing/.exec(text))) message = fill(words.optionMissingArgument, { option: m[1]! });
      break;
    case 'commander.excessArguments':
      if ((m = /^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./.exec(text))) {
        message = fill(words.excessArguments, { command: m[1] ?? 'thidua', expected: Number(m[2]), count: Number(m[3]) });
      }
      break;
    case 'commander.invalidArgument':
      if ((m = /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(text))) {
        message = fill(words.invalidChoice, { option: m[1]!, value: m[2]!, choices: m[3]! });
      } else if ((m = /^command-argument value '([^']*)' is invalid for argument '([^']*)'\. Allowed choices are (.*)\.$/.exec(text))) {
        message = fill(words.invalidArgumentChoice, { argument: m[2]!, value: m[1]!, choices: m[3]! });
      }
      break;
  }
  return `${c.severity.error}: ${message ?? text}`;
}
