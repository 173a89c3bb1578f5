/**
 * Loads a data folder with the parsers always at hand (for library callers and tests; the
 * command line uses `loadDataFolderLazily`, which imports them only on a cache miss). See
 * load-core.ts for the pipeline.
 */
import { finishLoad, prepareLoad, type LoadOptions, type LoadResult } from './load-core.js';
import { PARSERS } from './parse-files.js';

/** Loads the data folder at `dir` (an absolute or cwd-relative path). */
export function loadDataFolder(dir: string, options: LoadOptions = {}): LoadResult {
  return finishLoad(prepareLoad(dir, options), PARSERS);
}
