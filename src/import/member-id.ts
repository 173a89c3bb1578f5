/**
 * Ids made from names (SPEC §9): lower-case ASCII without accents, `đ` → `d`, words joined
 * by `-`, and a number added on collision (`nguyen-van-an`, `nguyen-van-an-2`, …).
 */

/** `Nguyễn Văn An` → `nguyen-van-an`; `Đặng Thị Thu Hà` → `dang-thi-thu-ha`. Empty when nothing is left. */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `base` when free, else `base-2`, `base-3`, … — the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
