/**
 * The templates a self-contained build carries (scripts/build-bundle.mjs): the report's and
 * `init`'s, by their `/`-separated path (`templates/report.md.liquid`) → text. `undefined` in
 * the ordinary build, which reads templates/ (src/cli/assets.ts). A module of its own so that
 * the split build loads it only for a command that needs templates.
 */
export const EMBEDDED_TEMPLATES: Readonly<Record<string, string>> | undefined = undefined;
