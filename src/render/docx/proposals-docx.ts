/**
 * `proposals.docx` (SPEC §8, year windows): the "Danh sách đề nghị khen thưởng" that the
 * unit puts before the Hội đồng Thi đua – Khen thưởng, which decides (SPEC §6 "Words"): the
 * heading, the title, the individual and collective proposals of the report's commendation
 * section as they are (their tables flow in whatever columns they carry), and the signature.
 * On landscape A4, as wide lists are printed.
 */
import type { ReportFigures } from '../../compute/report.js';
import { makeFmt } from '../md-format.js';
import { bodyWriter } from './body.js';
import { headingBlock, signatureBlock, signedDocument } from './document.js';
import { plainText } from './inline.js';
import { shortRule, spacer, TEXT_WIDTH } from './layout.js';
import { packDocx } from './pack.js';
import { docxMeta, docxView, type DocxOptions } from './report-docx.js';

/** Null when the window has no commendation (not a year window). */
export async function renderProposalsDocx(r: ReportFigures, options: DocxOptions): Promise<Uint8Array | null> {
  const f = makeFmt(options.labels, options.lang);
  const v = docxView(r, options);
  const c = v.commendation;
  if (!c) return null;
  const width = TEXT_WIDTH.landscape;
  const w = bodyWriter({ f, painter: options.painter, width });
  const code = (r.unit.code ?? '').normalize('NFC').trim();
  const number = code === '' ? f.w('docx.proposals.number') : f.w(r.unit.kind === 'doan' ? 'docx.proposals.numberDoan' : 'docx.proposals.numberCode', { code });
  w.push(headingBlock(v.heading, number, f, width), spacer());
  const subject = f.w('docx.proposals.subject', { year: String(r.period.year) });
  w.centred(f.w('docx.proposals.title'), { bold: true });
  w.centred(subject, { bold: true });
  w.push(shortRule(width, 1 / 4));
  w.centred(f.w('docx.proposals.to'), {}, 120);
  w.paragraph(c.summary);
  // The ratings the list rests on, or (provisional) that it awaits them (SPEC §6).
  w.paragraph(c.ratingsLine);
  w.heading(f.w('docx.proposals.individuals'), 1);
  w.paragraph(c.quota);
  w.paragraph(c.proposalsIntro);
  w.table(c.proposals);
  w.heading(f.w('docx.proposals.collectives'), 1);
  w.paragraph(c.collectiveText);
  w.table(c.collectives);
  w.paragraph(f.w('docx.proposals.decides'), { italics: true });
  w.push(signatureBlock(v.footer, f, width));
  const meta = docxMeta(r, v, f, `${plainText(f.w('docx.proposals.title'))} ${plainText(subject)}`);
  return packDocx(signedDocument(w.children, { landscape: true, language: meta.language, title: meta.title }), { ...meta, subject: plainText(subject) });
}
