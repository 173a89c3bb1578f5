/** The tool's version: the self-contained build's own, else package.json's next to the build. */
import { readFileSync } from 'node:fs';
import { EMBEDDED } from '../model/embedded.js';

function readVersion(): string {
  if (EMBEDDED) return EMBEDDED.version;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const VERSION: string = readVersion();
