/** People are listed in Vietnamese order: by given name (the last word), then the full name. */
import { compareIds } from './order.js';

/** Made at the first comparison: loading the Vietnamese collation costs ~15 ms, which a run that sorts no name never pays. */
let collator: Intl.Collator | undefined;

export function givenName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

export function compareVietnameseNames(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });
  return collator.compare(givenName(a), givenName(b)) || collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/** Sorts records with a `name` (and an `id` to break exact ties) in Vietnamese order. */
export function byVietnameseName<T extends { name: string; id: string }>(a: T, b: T): number {
  return compareVietnameseNames(a.name, b.name) || compareIds(a.id, b.id);
}
