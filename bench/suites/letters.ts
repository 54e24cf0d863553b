import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import QRCode from 'qrcode';
import { renderLetterPdf } from '../../electron/documents/letter-document';
import type { LetterDocumentData } from '../../electron/documents/letter-document-data';
import type { Database } from '../../electron/db/database-schema';
import { migrate } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open-database';
import { emblemPng, longBody, notaDinas, replyLetter } from '../../test/integration/documents/letter-fixtures';
import type { BenchOperation, BenchOptions, BenchSuite, PreparedSuite } from '../bench-suite';
import { round2, summarize, type Summary } from '../stats';
import { letterFodt } from './letters-odt';

/**
 * The document engine's own work: a two-page nota dinas (seed 002, with a list and a table)
 * and a signed surat jawaban (seed 003, one page and a half with its QR code and paraf
 * table), each rendered to PDF from the letter data stored as the letters service keeps it;
 * then a batch of 100 letters; then the same two letters written as flat ODT files and
 * converted to PDF by LibreOffice headless, which is what an office does today with its
 * word processor. The harness compares every operation with the sqlite3 shell reading the
 * same stored row: only the floor, nothing like a PDF; the comparison that matters, with
 * LibreOffice, is measured here with fewer runs (each conversion starts LibreOffice) and
 * given in the notes and the dataset as a ratio.
 */

// The ratio is against the shell reading one row, a floor no PDF comes near: bounded only so a broken run shows.
const TARGET = { p95Ms: 100, maxRatio: 100_000 };
const LETTERS = 100;
const BATCH_RUNS = 3;
const LIBREOFFICE_RUNS = 8;
const PDFMAKE_COMPARISON_RUNS = 40;
/** Target of the issue: pdfmake at least this many times faster than LibreOffice (p95 against p95). */
const MIN_SPEEDUP = 20;

type Stored = { id: number; kind: string; data: LetterDocumentData };

/** Letter i of the set: even ids a two-page nota dinas, odd ids a signed reply, each with its own number. */
function letterData(i: number): LetterDocumentData {
  const seq = String(i + 1).padStart(3, '0');
  return i % 2 === 0
    ? notaDinas({ number: `ND.${seq}/PPM/HM.01/XI/2026`, body: longBody(14), subject: `Tindak Lanjut Pengaduan Nomor Register ${seq}/ADU/XI/2026` })
    : replyLetter({ number: `${seq}/PPM/HM.01/XI/2026`, verification: { code: `K7QM4XZ${seq}`, qrText: `meja-aduan:surat:K7QM4XZ${seq}`, caption: 'Surat ini terdaftar di Meja Aduan. Pindai kode QR atau ketik kodenya pada layar Verifikasi Surat.' } });
}

/** JSON keeps dates as strings: the stored letter comes back with its Date fields. */
function revive(json: string): LetterDocumentData {
  const data = JSON.parse(json) as LetterDocumentData & { printedAt: string; parafs: { at: string | null }[] };
  return { ...data, printedAt: new Date(data.printedAt), parafs: data.parafs.map((p) => ({ ...p, at: p.at ? new Date(p.at) : null })) } as LetterDocumentData;
}

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

async function timed(run: () => Promise<unknown>, count: number): Promise<Summary> {
  const samples: number[] = [];
  for (let k = 0; k < count; k++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

interface LibreOfficeFigures {
  version: string;
  suratJawaban: Summary;
  notaDinas: Summary;
}

/** Converts each .fodt `runs` times (after one unmeasured run that creates the profile), checking the PDF each time. */
function measureLibreOffice(dir: string, files: { surat: string; nota: string }, options: BenchOptions): LibreOfficeFigures | null {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    options.log('  LibreOffice (soffice) not found: no comparison (apt-get install libreoffice-writer).');
    return null;
  }
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  const out = path.join(dir, 'lo-out');
  const convert = (file: string) => {
    fs.rmSync(out, { recursive: true, force: true });
    const started = performance.now();
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8' });
    const ms = performance.now() - started;
    const pdf = path.join(out, path.basename(file).replace(/\.fodt$/, '.pdf'));
    if (r.status !== 0 || !fs.existsSync(pdf)) throw new Error(`LibreOffice could not convert ${file}: ${r.stderr}`);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    if (!text.includes('/PPM/HM.01/XI/2026')) throw new Error(`LibreOffice's PDF of ${file} lacks the letter number`);
    return ms;
  };
  options.log(`  LibreOffice ${version.stdout.trim()}: ${LIBREOFFICE_RUNS} conversions of each letter…`);
  const series = (file: string) => {
    convert(file);
    return summarize(Array.from({ length: LIBREOFFICE_RUNS }, () => convert(file)));
  };
  return { version: version.stdout.trim(), suratJawaban: series(files.surat), notaDinas: series(files.nota) };
}

export const lettersSuite: BenchSuite = {
  name: 'letters',
  title: 'Letters: nota dinas and surat jawaban to PDF',
  async setup(options: BenchOptions): Promise<PreparedSuite> {
    const buildStarted = performance.now();
    const dir = path.join(options.tmpDir, 'letters');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const databaseFile = path.join(dir, 'meja-aduan.sqlite3');
    const db = await openDatabase(databaseFile);
    await migrate(db as unknown as Kysely<unknown>);
    // The letter data as the letters service assembles it, one row per letter.
    await sql`CREATE TABLE bench_letters (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, data_json TEXT NOT NULL)`.execute(db);
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    await raw.insertInto('bench_letters').values(Array.from({ length: LETTERS }, (_, i) => ({ id: i, kind: letterData(i).kind, data_json: JSON.stringify(letterData(i)) }))).execute();
    const load = async (id: number): Promise<Stored> => {
      const row = await sql<{ id: number; kind: string; data_json: string }>`SELECT id, kind, data_json FROM bench_letters WHERE id = ${id}`.execute(db as Kysely<Database>);
      const r = row.rows[0];
      if (!r) throw new Error(`no letter ${id}`);
      return { id: r.id, kind: r.kind, data: revive(r.data_json) };
    };
    const render = async (id: number, pages: number | null) => {
      const { data } = await load(id);
      const pdf = await renderLetterPdf(data);
      const count = pageCount(pdf);
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || (pages !== null && count !== pages) || count === 0) {
        throw new Error(`letter ${id}: ${count} pages, expected ${pages ?? 'some'}`);
      }
    };
    const notaId = (i: number) => (i % (LETTERS / 2)) * 2;
    const suratId = (i: number) => (i % (LETTERS / 2)) * 2 + 1;
    const buildSeconds = Math.round((performance.now() - buildStarted) / 100) / 10;

    options.log(`  a batch of ${LETTERS} letters, ${BATCH_RUNS + 1} times (the first unmeasured)…`);
    const batch = async () => {
      for (let id = 0; id < LETTERS; id++) await render(id, id % 2 === 0 ? 2 : null);
    };
    await batch();
    const batches = await timed(batch, BATCH_RUNS);

    // The letter LibreOffice converts, rendered by pdfmake the same number of times in this run.
    const surat = letterData(1);
    const nota = letterData(0);
    const ours = { suratJawaban: await timed(() => renderLetterPdf(surat), PDFMAKE_COMPARISON_RUNS), notaDinas: await timed(() => renderLetterPdf(nota), PDFMAKE_COMPARISON_RUNS) };
    const qr = await QRCode.toBuffer(surat.verification!.qrText, { errorCorrectionLevel: 'Q', margin: 0, scale: 4 });
    const files = { surat: path.join(dir, 'surat-jawaban.fodt'), nota: path.join(dir, 'nota-dinas.fodt') };
    fs.writeFileSync(files.surat, letterFodt(surat, { qr, logo: emblemPng() }));
    fs.writeFileSync(files.nota, letterFodt(nota, { qr: null, logo: null }));
    const lo = measureLibreOffice(dir, files, options);
    const speedup = (kind: 'suratJawaban' | 'notaDinas') => (lo ? round2(lo[kind].p95 / ours[kind].p95) : null);
    const loNote = (kind: 'suratJawaban' | 'notaDinas') =>
      lo
        ? `LibreOffice ${lo.version.split(' ')[1] ?? ''} headless converting the same letter as ODT: p50 ${lo[kind].p50.toFixed(0)} ms, p95 ${lo[kind].p95.toFixed(0)} ms over ${LIBREOFFICE_RUNS} runs, ` +
          `against ${ours[kind].p95.toFixed(1)} ms p95 here over ${PDFMAKE_COMPARISON_RUNS} renders: ${speedup(kind)}× faster (target ≥ ${MIN_SPEEDUP}×: ${(speedup(kind) ?? 0) >= MIN_SPEEDUP ? 'met' : 'missed'})`
        : 'LibreOffice not installed: no comparison';
    const shellNote = 'the shell only reads the stored letter row (the floor), hence the large ratio';

    const operations: BenchOperation[] = [
      {
        key: 'letters.notaDinas',
        label: 'Nota dinas, 2 pages with list and table → PDF',
        target: TARGET,
        service: (i) => render(notaId(i), 2),
        shellSql: (i) => `SELECT data_json FROM bench_letters WHERE id = ${notaId(i)};`,
        note: `${loNote('notaDinas')}; ${shellNote}`,
      },
      {
        key: 'letters.suratJawaban',
        label: 'Surat jawaban, signed, QR and paraf table → PDF',
        target: TARGET,
        service: (i) => render(suratId(i), null),
        shellSql: (i) => `SELECT data_json FROM bench_letters WHERE id = ${suratId(i)};`,
        note:
          `${loNote('suratJawaban')}; a batch of ${LETTERS} letters (half nota dinas, half surat jawaban) took ` +
          `${(batches.p50 / 1000).toFixed(2)} s (median of ${BATCH_RUNS}, ${Math.round((LETTERS * 1000) / batches.p50)} letters/s); ${shellNote}`,
      },
    ];

    return {
      databaseFile,
      dataset: {
        letters: LETTERS,
        batch100SecondsP50: round2(batches.p50 / 1000),
        batch100SecondsMax: round2(batches.max / 1000),
        pdfmakeSuratP50Ms: ours.suratJawaban.p50,
        pdfmakeSuratP95Ms: ours.suratJawaban.p95,
        pdfmakeNotaP50Ms: ours.notaDinas.p50,
        pdfmakeNotaP95Ms: ours.notaDinas.p95,
        libreOffice: lo?.version ?? null,
        libreOfficeRuns: lo ? LIBREOFFICE_RUNS : null,
        libreOfficeSuratP50Ms: lo?.suratJawaban.p50 ?? null,
        libreOfficeSuratP95Ms: lo?.suratJawaban.p95 ?? null,
        libreOfficeNotaP50Ms: lo?.notaDinas.p50 ?? null,
        libreOfficeNotaP95Ms: lo?.notaDinas.p95 ?? null,
        speedupSuratP95: speedup('suratJawaban'),
        speedupNotaP95: speedup('notaDinas'),
        buildSeconds,
        databaseMiB: Math.round((fs.statSync(databaseFile).size / 1048576) * 10) / 10,
        reused: false,
      },
      operations,
      async teardown() {
        await db.destroy();
        if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
