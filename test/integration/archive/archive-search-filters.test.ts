import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveDocumentKind, AccessClass } from '../../../shared/archive/archive-enums';
import type { ArchiveEntrySummary } from '../../../shared/archive/archive-records';
import type { ArchiveSearchInput } from '../../../shared/archive/archive-schemas';
import { dateRangeTokens } from '../../../electron/db/search/archive-text-search';
import { openTempBackend, type TempBackend } from '../../support/temp-backend';
import { classificationId, clerk, entryFields, type Clerk } from './archive-fixture';

/**
 * Words + filters are answered by the text index itself (facet tokens for classification,
 * kind, dates; the access column) or, for what it cannot hold, by SQLite next to it. Either
 * way the result must be exactly the words-only result filtered by hand: checked here for
 * every combination below on a small archive whose dates sit on year and month edges.
 */

let t: TempBackend;
let desk: Clerk;
let classes: number[];

const WORDS = ['hibah', 'koperasi', 'jalan', 'izin', 'drainase'];
const DATES = ['2024-02-29', '2024-12-31', '2025-01-01', '2025-02-28', '2025-03-01', '2025-06-15', '2025-12-31', '2026-01-01', '2026-01-15', '2026-11-20', '2023-07-04'];
const KINDS: ArchiveDocumentKind[] = ['surat_jawaban_terpindai', 'tanda_terima', 'surat_ditandatangani', 'sk_tim', 'lainnya'];
const ACCESS: AccessClass[] = ['biasa', 'terbatas', 'rahasia', 'biasa'];

beforeAll(async () => {
  t = await openTempBackend();
  classes = [await classificationId(t, 'HM.01.1'), await classificationId(t, 'HM.01.2'), await classificationId(t, 'HM.01.4'), await classificationId(t, 'UM.01')];
  for (let i = 0; i < 44; i++) {
    // Two or three of the words per title, in a pattern that gives every word a different set of entries.
    const words = WORDS.filter((_, w) => (i + w) % 3 !== 0 || (i * w) % 5 === 1);
    await t.ok('archive.file', {
      source: { kind: 'fisik' },
      fields: entryFields(classes[i % 4]!, {
        kind: KINDS[i % 5]!, title: `Arsip ${i}: ${words.join(' ')}`, documentDate: DATES[i % DATES.length]!, accessClass: ACCESS[i % 4]!,
        location: { building: 'Gedung A', room: 'Ruang Arsip', cabinet: '1', shelf: '2', box: String(1 + (i % 3)), folder: '' },
      }),
    });
  }
  // An edit moves an entry to another classification, date and kind: the index must follow.
  const moved = (await t.ok('archive.search', { query: 'Arsip 5' })).rows.find((r) => r.title.startsWith('Arsip 5:'))!;
  await t.ok('archive.update', { id: moved.id, fields: entryFields(classes[2]!, { kind: 'sk_tim', title: moved.title, documentDate: '2025-02-01', location: moved.location }), reason: 'Salah klasifikasi' });
  desk = await clerk(t, 'nur.aisyah');
}, 120_000);
afterAll(async () => {
  await t.close();
});

type Filters = Partial<Pick<ArchiveSearchInput, 'kinds' | 'classificationIds' | 'accessClasses' | 'range' | 'location'>>;

/** What the filters keep of a row, written out by hand. */
function keeps(row: ArchiveEntrySummary, f: Filters): boolean {
  return (!f.kinds?.length || f.kinds.includes(row.kind)) &&
    (!f.classificationIds?.length || f.classificationIds.includes(row.classification.id)) &&
    (!f.accessClasses?.length || f.accessClasses.includes(row.accessClass)) &&
    (!f.range || (row.documentDate >= f.range.from && row.documentDate <= f.range.to)) &&
    (!f.location?.box || row.location.box === f.location.box);
}

const combos = (): [string, Filters][] => [
  ['one classification', { classificationIds: [classes[0]!] }],
  ['two classifications', { classificationIds: [classes[0]!, classes[2]!] }],
  ['a calendar year', { range: { from: '2025-01-01', to: '2025-12-31' } }],
  ['two whole months', { range: { from: '2025-01-01', to: '2025-02-28' } }],
  ['days across a year end', { range: { from: '2024-12-31', to: '2025-03-01' } }],
  ['a leap day to mid-January', { range: { from: '2024-02-29', to: '2026-01-15' } }],
  ['one day', { range: { from: '2025-06-15', to: '2025-06-15' } }],
  ['decades (dates left to SQLite)', { range: { from: '1990-01-02', to: '2030-12-30' } }],
  ['66 tokens of dates (left to SQLite)', { range: { from: '2023-07-02', to: '2026-11-19' } }],
  ['classification + year', { classificationIds: [classes[0]!], range: { from: '2025-01-01', to: '2025-12-31' } }],
  ['kinds', { kinds: ['tanda_terima', 'sk_tim'] }],
  ['access class', { accessClasses: ['terbatas'] }],
  ['box (SQLite) + classification', { location: { box: '2' }, classificationIds: [classes[1]!, classes[2]!] }],
  ['everything', { kinds: KINDS.slice(0, 3), classificationIds: classes.slice(0, 3), accessClasses: ['biasa', 'terbatas'], range: { from: '2024-03-01', to: '2026-01-10' }, location: { box: '1' } }],
];

describe('archive search: words with filters', () => {
  it('finds exactly the words-only result filtered by hand, for every filter, page by page', async () => {
    let nonTrivial = 0;
    for (const query of ['koperasi', 'hibah jalan', 'izi', 'drainase koperasi']) {
      const all = await t.ok('archive.search', { query, limit: 200 });
      expect(all.total, query).toBe(all.rows.length);
      for (const [name, filters] of combos()) {
        const expected = all.rows.filter((r) => keeps(r, filters)).map((r) => r.id);
        const found = await t.ok('archive.search', { query, ...filters, limit: 200 });
        expect(found.rows.map((r) => r.id), `${query} · ${name}`).toEqual(expected);
        expect(found.total, `${query} · ${name}`).toBe(expected.length);
        // The second page of three and its total: the count does not depend on how the page was found.
        const page = await t.ok('archive.search', { query, ...filters, offset: 3, limit: 3 });
        expect([page.rows.map((r) => r.id), page.total], `${query} · ${name} · page 2`).toEqual([expected.slice(3, 6), expected.length]);
        if (expected.length > 0 && expected.length < all.rows.length) nonTrivial++;
      }
    }
    // The filters really narrowed: most combinations kept some rows and dropped others.
    expect(nonTrivial).toBeGreaterThan(40);
  });

  it('leaves secret entries out for a clerk without the permission, with the filters in the index', async () => {
    const filters: Filters = { classificationIds: [classes[2]!], range: { from: '2025-01-01', to: '2025-12-31' } };
    const all = await t.ok('archive.search', { query: 'koperasi', ...filters, limit: 200 });
    const r = await desk.call('archive.search', { query: 'koperasi', ...filters, limit: 200 });
    const expected = all.rows.filter((row) => row.accessClass !== 'rahasia').map((row) => row.id);
    expect(expected.length).toBeLessThan(all.rows.length);
    expect(r.ok && [r.value.rows.map((row) => row.id), r.value.total]).toEqual([expected, expected.length]);
    const secretOnly = await desk.call('archive.search', { query: 'koperasi', accessClasses: ['rahasia'] });
    expect(secretOnly.ok && secretOnly.value).toEqual({ rows: [], total: 0 });
  });

  it('follows an edit of classification, date and kind', async () => {
    const moved = await t.ok('archive.search', { query: 'Arsip 5', classificationIds: [classes[2]!], kinds: ['sk_tim'], range: { from: '2025-02-01', to: '2025-02-01' } });
    expect(moved.rows.map((r) => r.title.split(':')[0])).toEqual(['Arsip 5']);
    const before = await t.ok('archive.search', { query: 'Arsip 5', classificationIds: [classes[1]!] });
    expect(before.rows.map((r) => r.title.split(':')[0])).not.toContain('Arsip 5');
  });

  it('turns document dates into the fewest year, month and day tokens', () => {
    expect(dateRangeTokens('2025-01-01', '2025-12-31')).toEqual(['thn2025']);
    expect(dateRangeTokens('2024-12-30', '2025-03-02')).toEqual(['tgl20241230', 'tgl20241231', 'bln202501', 'bln202502', 'tgl20250301', 'tgl20250302']);
    expect(dateRangeTokens('2024-02-28', '2024-03-01')).toEqual(['tgl20240228', 'tgl20240229', 'tgl20240301']);
    expect(dateRangeTokens('2023-02-01', '2023-02-28')).toEqual(['bln202302']);
    expect(dateRangeTokens('2020-01-01', '2026-11-23')).toHaveLength(6 + 10 + 23);
    expect(dateRangeTokens('1990-01-02', '2030-12-30')).toBeNull();
    expect(dateRangeTokens('2023-07-02', '2026-11-19')).toBeNull();
  });
});
