/**
 * Where loaded strings are kept (src/load/strings.ts) changes no value: a detached string and
 * a shared one equal the original, and records keep every key, in order.
 */
import { describe, expect, it } from 'vitest';
import { detached, StringTable } from '../../src/load/strings.js';
import type { Activity, Member, Shift } from '../../src/model/types.js';

const at = { file: 'f.yaml', line: 1, column: 1 };

describe('loaded strings', () => {
  it('detached gives the same text, short or long, in any script', () => {
    const text = `- title: Hiến máu nhân đạo đợt 1 năm 2024 🩸\n`;
    for (const s of ['', 'a', 'x'.repeat(12), 'x'.repeat(13), text.slice(9, 40), text.slice(2), 'Hiến máu'.normalize('NFD')]) {
      expect(detached(s)).toBe(s);
      expect(detached(s).length).toBe(s.length);
    }
  });

  it('a shared value equals the one it replaced, and records keep their keys in order', () => {
    const table = new StringTable();
    const text = 'vo-minh-mai tran-ngoc-hai vo-minh-mai';
    const shift = { source: at, at: [], items: {}, date: '2024-01-01', type: 'night', department: 'khoa-001', members: [text.slice(0, 11), text.slice(26)], note: text } as Shift;
    const member = { source: at, at: [], items: {}, id: text.slice(0, 11), name: 'Võ Minh Mai', department: 'khoa-001', groups: ['doan-vien'], directWorker: true, leave: [] } as Member;
    const activity = { source: at, at: [], items: {}, kind: 'sport', date: '2024-01-02', title: text, members: 'all', except: [text.slice(12, 25)], in01m: false, severity: 'reminder' } as Activity;
    const before = JSON.stringify([shift, member, activity]);
    table.shift(shift, true);
    table.member(member, true);
    table.activity(activity, false);
    expect(JSON.stringify([shift, member, activity])).toBe(before);
    expect(shift.members).toEqual(['vo-minh-mai', 'vo-minh-mai']);
    expect(table.of('khoa-001')).toBe('khoa-001');
  });
});
