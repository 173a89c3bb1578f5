/**
 * The YAML the import writes, in the style of the clerk's files: the editor modeline when
 * the folder's files have one, a comment saying where the records came from, and records
 * either one a line (`- { date: …, members: [...] }`) or one key a line, as the file
 * around them does.
 */
import { isValidDate } from '../model/dates.js';
import type { NewMember } from './import-members.js';
import type { NewShift } from './import-shifts.js';

export type RecordStyle = 'flow' | 'block';

/** YAML words that must not be written bare: they would read as true/false/null or a number. */
const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** A text value: bare when YAML reads it back as the same text, else double-quoted (JSON escapes are YAML's). */
export function yamlText(value: string, flow = false): string {
  const bare =
    /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,'()–—/_+-]*$/u.test(value) &&
    !RESERVED.test(value) &&
    !/^[-+.\d][\d_.eE+-]*$/.test(value) &&
    !/^\d{4}-\d\d-\d\d/.test(value) &&
    !/\s$/.test(value) &&
    !(flow && /[,[\]{}]/.test(value));
  return bare ? value : JSON.stringify(value);
}

const list = (items: readonly string[]) => `[${items.map((i) => yamlText(i, true)).join(', ')}]`;

function memberFields(m: NewMember, flow: boolean): [string, string][] {
  const fields: [string, string][] = [
    ['id', m.id],
    ['name', yamlText(m.name, flow)],
    ['department', m.department],
  ];
  if (m.title !== undefined) fields.push(['title', yamlText(m.title, flow)]);
  if (m.groups.length > 0) fields.push(['groups', list(m.groups)]);
  if (m.joined !== undefined && isValidDate(m.joined)) fields.push(['joined', m.joined]);
  if (m.left !== undefined && isValidDate(m.left)) fields.push(['left', m.left]);
  if (m.directWorker === true) fields.push(['direct_worker', 'true']);
  return fields;
}

function record(fields: readonly [string, string][], style: RecordStyle): string {
  if (style === 'flow') return `- { ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }\n`;
  return fields.map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${v}\n`).join('');
}

export interface MembersText {
  readonly members: readonly NewMember[];
  readonly style: RecordStyle;
  /** A blank line between records, as in the file appended to. */
  readonly spaced: boolean;
  /** The comment lines above the records (without `# `). */
  readonly comments: readonly string[];
}

/** The block appended to members.yaml (or the whole of a new members file, after `head`). */
export function membersText(input: MembersText): string {
  const comments = input.comments.map((c) => `# ${c}\n`).join('');
  const records = input.members.map((m) => record(memberFields(m, input.style === 'flow'), input.style));
  return comments + records.join(input.spaced ? '\n' : '');
}

export interface ShiftsText {
  readonly shifts: readonly NewShift[];
  readonly style: RecordStyle;
  /** The modeline, or undefined when the folder's files have none. */
  readonly modeline?: string;
  readonly comments: readonly string[];
  /** The heading comment of each department's part (`===== Khoa Hồi sức cấp cứu =====`), by id. */
  readonly sections: Readonly<Record<string, string>>;
}

/** A whole shifts file: modeline, comments, then each department's shifts under its heading. */
export function shiftsText(input: ShiftsText): string {
  let out = input.modeline === undefined ? '' : `${input.modeline}\n`;
  out += input.comments.map((c) => `# ${c}\n`).join('');
  let department: string | undefined;
  for (const s of input.shifts) {
    if (s.department !== department) {
      department = s.department;
      out += `\n# ${input.sections[department] ?? department}\n`;
    }
    out += record(
      [
        ['date', s.date],
        ['type', s.type],
        ['department', s.department],
        ['members', list(s.members)],
      ],
      input.style,
    );
  }
  return out;
}

/** The style of the records of a file's text: `flow` when most start `- {`, else `block`. */
export function styleOf(text: string): RecordStyle | undefined {
  const flow = (text.match(/^- \{/gm) ?? []).length;
  const all = (text.match(/^- /gm) ?? []).length;
  return all === 0 ? undefined : flow * 2 > all ? 'flow' : 'block';
}

/** True when a file's records are separated by blank lines (`\n\n- `) more often than not. */
export function spacedOf(text: string): boolean {
  const all = (text.match(/\n- /g) ?? []).length;
  return all > 0 && (text.match(/\n\n- /g) ?? []).length * 2 > all;
}

/** The `# yaml-language-server: $schema=…` line of a file's text, if it has one. */
export function modelineOf(text: string): string | undefined {
  return /^# yaml-language-server: \$schema=\S+/m.exec(text)?.[0];
}
