/** `thidua schema`: JSON Schema files for editors, generated from the zod record schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { activitiesFileSchema, membersFileSchema, rulesSchema, shiftsFileSchema, unitSchema } from '../../model/schemas.js';
import { displayPath, type Context } from '../context.js';

export const SCHEMA_FILES: readonly { name: string; title: string; schema: z.ZodType }[] = [
  { name: 'unit.schema.json', title: 'thidua: unit.yaml (thông tin đơn vị)', schema: unitSchema },
  { name: 'rules.schema.json', title: 'thidua: rules.yaml (tiêu chí, loại hoạt động, ca trực)', schema: rulesSchema },
  { name: 'members.schema.json', title: 'thidua: danh sách thành viên', schema: membersFileSchema },
  { name: 'activities.schema.json', title: 'thidua: hoạt động', schema: activitiesFileSchema },
  { name: 'shifts.schema.json', title: 'thidua: lịch trực', schema: shiftsFileSchema },
];

/** The JSON Schema text of one file (draft 2020-12), deterministic. */
export function schemaJson(entry: (typeof SCHEMA_FILES)[number]): string {
  const json = z.toJSONSchema(entry.schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: `https://thidua.invalid/schema/${entry.name}`, title: entry.title, ...json }, null, 2)}\n`;
}

export function runSchema(ctx: Context, options: { out: string }): number {
  const dir = resolve(ctx.cwd, options.out);
  mkdirSync(dir, { recursive: true });
  for (const entry of SCHEMA_FILES) {
    const path = join(dir, entry.name);
    writeFileSync(path, schemaJson(entry), 'utf8');
    ctx.stdout.write(`${displayPath(ctx.cwd, path)}\n`);
  }
  return 0;
}
