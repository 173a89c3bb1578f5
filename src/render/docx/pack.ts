/**
 * A `docx` Document packed into bytes that depend on nothing but the document: the core
 * properties carry a date given by the caller (the window's `asOf`), not the clock, and the
 * zip is written again with every entry stamped with that same date at noon (the zip format
 * stores local wall-clock fields; a Date built from fields gives back those fields in any time
 * zone) and `[Content_Types].xml` first, as office suites expect.
 */
import { Packer, type Document } from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface DocxMeta {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  /** `YYYY-MM-DD`: the document's created and modified dates, and the zip entries' stamp. */
  readonly date: string;
  /** `vi-VN` or `en-US`. */
  readonly language: string;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `docProps/core.xml` with fixed dates (docx would write the clock's). */
export function coreProperties(meta: DocxMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties' +
      ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
      ' xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(meta.title)}</dc:title>`,
    `<dc:subject>${xml(meta.subject)}</dc:subject>`,
    `<dc:creator>${xml(meta.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${xml(meta.creator)}</cp:lastModifiedBy>`,
    `<dc:language>${xml(meta.language)}</dc:language>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** Noon of `YYYY-MM-DD` as local wall-clock fields (the zip format's), kept within 1980–2099. */
export function zipStamp(date: string): Date {
  const year = Math.min(2099, Math.max(1980, Number(date.slice(0, 4))));
  // eslint-disable-next-line no-restricted-syntax -- the zip format's stamp, built from the report's date fields: no clock, no parsing
  return new Date(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12, 0, 0);
}

export async function packDocx(doc: Document, meta: DocxMeta): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(meta) }]);
  const files = unzipSync(new Uint8Array(packed));
  const mtime = zipStamp(meta.date);
  const all = Object.entries(files);
  const ordered = [...all.filter(([n]) => n === '[Content_Types].xml'), ...all.filter(([n]) => n !== '[Content_Types].xml')];
  const entries: Zippable = {};
  for (const [name, data] of ordered) entries[name] = [data, { mtime, level: 6 }];
  return zipSync(entries);
}
