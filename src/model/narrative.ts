/**
 * The clerk's own words for a report (SPEC §8): `narrative/<period>.md`, whose `## ` sections
 * carry what no record holds. Which titles are known, how a written title is matched to one,
 * and which file belongs to which report period. Pure.
 */
import type { Source } from './types.js';

/** The known sections, in the order a báo cáo places them. */
export const NARRATIVE_SECTIONS = ['situation', 'limitations', 'causes', 'lessons', 'direction', 'proposals'] as const;
export type NarrativeSectionId = (typeof NARRATIVE_SECTIONS)[number];

/** The title of each section as SPEC §8 writes it (offered by "did you mean"). */
export const NARRATIVE_TITLES: Readonly<Record<NarrativeSectionId, string>> = {
  situation: 'Đặc điểm tình hình',
  limitations: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  lessons: 'Bài học kinh nghiệm',
  direction: 'Phương hướng',
  proposals: 'Đề xuất, kiến nghị',
};

/**
 * Other ways báo cáo write the same titles (lower case, NFC). A written title matches when,
 * without its numbering, it equals one of these or starts with one followed by a space or a
 * comma: "Phương hướng, nhiệm vụ năm 2025", "Nguyên nhân của hạn chế".
 */
const ALIASES: Readonly<Record<NarrativeSectionId, readonly string[]>> = {
  situation: ['đặc điểm tình hình', 'đặc điểm, tình hình', 'tình hình chung', 'đặc điểm'],
  limitations: [
    'tồn tại, hạn chế',
    'tồn tại hạn chế',
    'hạn chế, tồn tại',
    'những tồn tại, hạn chế',
    'những hạn chế',
    'hạn chế',
    'tồn tại',
  ],
  causes: ['nguyên nhân'],
  lessons: ['bài học kinh nghiệm', 'bài học'],
  direction: ['phương hướng', 'nhiệm vụ'],
  proposals: ['đề xuất, kiến nghị', 'đề xuất kiến nghị', 'kiến nghị, đề xuất', 'kiến nghị', 'đề xuất'],
};

/** A heading as written, without its numbering (`II.`, `3)`, `a.`) and a closing `:` or `.`. */
export function cleanTitle(title: string): string {
  return title
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ])[.)/]\s+/i, '')
    .replace(/\s*[:.]$/, '')
    .trim();
}

/** The section a heading names, or undefined. */
export function narrativeSectionOf(title: string): NarrativeSectionId | undefined {
  const t = cleanTitle(title).toLowerCase();
  for (const id of NARRATIVE_SECTIONS) {
    for (const alias of ALIASES[id]) {
      if (t === alias || t.startsWith(`${alias} `) || t.startsWith(`${alias},`) || t.startsWith(`${alias}(`)) return id;
    }
  }
  return undefined;
}

/** A title folded for a loose comparison: lower case, without diacritics (`đ` → `d`). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/gi, 'd').toLowerCase().normalize('NFC');
}

/**
 * The known section a heading was probably meant to be, when it names none: one written
 * without its diacritics (`Phuong huong nhiem vu` → Phương hướng), else the nearest title by
 * edit distance (given by the caller, the loader's "did you mean").
 */
export function narrativeSectionHint(title: string, nearest: (word: string, candidates: readonly string[]) => string | undefined): string | undefined {
  const t = fold(cleanTitle(title));
  for (const id of NARRATIVE_SECTIONS) {
    for (const alias of ALIASES[id].map(fold)) {
      if (t === alias || t.startsWith(`${alias} `) || t.startsWith(`${alias},`)) return NARRATIVE_TITLES[id];
    }
  }
  return nearest(cleanTitle(title), NARRATIVE_SECTIONS.map((s) => NARRATIVE_TITLES[s]));
}

/** One `## ` section of a narrative file. */
export interface NarrativeSection {
  readonly id: NarrativeSectionId;
  /** The heading as the clerk wrote it, without numbering (shown as the section's title). */
  readonly title: string;
  /** The section's Markdown, trimmed (may be ''). */
  readonly text: string;
  /** Where the heading is. */
  readonly source: Source;
}

export interface Narrative {
  /** `narrative/2024.md` */
  readonly file: string;
  /** The period the file is named for: `2024`, `2024-03`, `2024-p1`, `2024-01-01_2024-03-31`. */
  readonly period: string;
  readonly sections: readonly NarrativeSection[];
}

/** What a narrative file may be called: the period, then `.md`. */
export const NARRATIVE_FILE = /^(\d{4}(?:-(?:0[1-9]|1[0-2])|-p[1-9]\d*|-\d{2}-\d{2}_\d{4}-\d{2}-\d{2})?)\.md$/;

/** The narrative file name of a report period (without `.md`); see docs/decisions.md. */
export function narrativePeriod(period: {
  readonly kind: string;
  readonly year: number;
  readonly from: string;
  readonly to: string;
  readonly index?: number;
}): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'month':
      return period.from.slice(0, 7);
    case 'phase':
      return `${period.year}-p${period.index ?? 0}`;
    default:
      return `${period.from}_${period.to}`;
  }
}
