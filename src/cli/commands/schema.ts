/**
 * `thidua schema`: JSON Schema files for editors, generated from the zod record schemas
 * (their `.describe()` texts are the hover help). Draft-07, the draft the VS Code YAML
 * extension (yaml-language-server) fully supports; `thidua init` writes the same files
 * into `.thidua/schema/` of a new data repository.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { errorCode, makeDirs } from '../../load/folders.js';
import { activitiesFileSchema, membersFileSchema, ratingsFileSchema, rulesSchema, shiftsFileSchema, unitSchema } from '../../model/schemas.js';
import { catalogue, fill } from '../../i18n/index.js';
import { displayPath, UsageError, type Context } from '../context.js';

interface SchemaFile {
  readonly name: string;
  readonly title: string;
  readonly schema: z.ZodType;
}

export const SCHEMA_FILES: readonly SchemaFile[] = [
  { name: 'unit.schema.json', title: 'thidua: unit.yaml (thông tin đơn vị)', schema: unitSchema },
  { name: 'rules.schema.json', title: 'thidua: rules.yaml (tiêu chí, loại hoạt động, ca trực)', schema: rulesSchema },
  { name: 'members.schema.json', title: 'thidua: danh sách thành viên', schema: membersFileSchema },
  { name: 'activities.schema.json', title: 'thidua: hoạt động', schema: activitiesFileSchema },
  { name: 'shifts.schema.json', title: 'thidua: lịch trực', schema: shiftsFileSchema },
  { name: 'ratings.schema.json', title: 'thidua: kết quả đánh giá, xếp loại cuối năm', schema: ratingsFileSchema },
];

/** The JSON Schema text of one file (draft-07), deterministic. */
function schemaJson(entry: SchemaFile): string {
  const json = z.toJSONSchema(entry.schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://thidua.invalid/schema/${entry.name}`, title: entry.title, ...json }, null, 2)}\n`;
}

/** Every schema file: name → text. */
export function schemaTexts(): ReadonlyMap<string, string> {
  return new Map(SCHEMA_FILES.map((entry) => [entry.name, schemaJson(entry)]));
}

export function runSchema(ctx: Context, options: { out: string }): number {
  const dir = resolve(ctx.cwd, options.out);
  // A file where the folder should be is the user's mistake (exit 2), not a failed write.
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new UsageError(fill(catalogue(ctx.lang).usage.outNotFolder, { name: '--out', dir: options.out }));
  }
  let path = dir;
  try {
    makeDirs(dir);
    for (const [name, text] of schemaTexts()) {
      path = join(dir, name);
      writeFileSync(path, text, 'utf8');
      ctx.stdout.write(`${displayPath(ctx.cwd, path)}\n`);
    }
  } catch (err) {
    // A folder that cannot be made or written (under /proc, read-only, full): one plain line.
    const detail = errorCode(err);
    ctx.stderr.write(`thidua: ${fill(catalogue(ctx.lang).cli.writeFailed, { path: displayPath(ctx.cwd, path), detail })}\n`);
    return 1;
  }
  return 0;
}
