/**
 * Where the record cache lives (see src/load/cache.ts): `THIDUA_CACHE_DIR` if set (`off`
 * or `0` disables it), else `$XDG_CACHE_HOME/thidua`, else `~/.cache/thidua`. Never inside
 * the data folder: the tool does not write there — compared both by the paths given and by
 * where they really lead (links resolved, a missing cache folder by its nearest existing
 * ancestor), so a link to or into the data folder on either side gives no cache.
 */
import { isAbsolute, resolve } from 'node:path';
import { isInside, realPath } from '../load/folders.js';
import type { MainParams } from './context.js';

export function recordCacheDir(env: MainParams['env'], cwd: string, dataDir: string): string | undefined {
  const own = env['THIDUA_CACHE_DIR'];
  let dir: string | undefined;
  if (own !== undefined && own !== '') dir = own === 'off' || own === '0' ? undefined : resolve(cwd, own);
  else if (env['XDG_CACHE_HOME'] && isAbsolute(env['XDG_CACHE_HOME'])) dir = resolve(env['XDG_CACHE_HOME'], 'thidua');
  else if (env['HOME'] && isAbsolute(env['HOME'])) dir = resolve(env['HOME'], '.cache', 'thidua');
  if (dir === undefined) return undefined;
  return isInside(dataDir, dir) || isInside(realPath(dataDir), realPath(dir)) ? undefined : dir;
}
