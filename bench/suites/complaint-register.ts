import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
  type DatabaseConnection,
  type Driver,
  type Insertable,
  type QueryResult,
  type Transaction,
} from 'kysely';
import { complaintCountSchema, complaintListSchema, type ComplaintFilter, type ComplaintFilterInput, type ComplaintIntakeInput } from '../../shared/complaints/complaint-schemas';
import type { Channel, ComplaintStatus, Privacy } from '../../shared/complaints/complaint-enums';
import { STATUS_GUIDANCE } from '../../shared/complaints/status-guidance';
import type { CallEnvelope, CallResult } from '../../shared/contract/call-result';
import type { CallInput, CallName, CallOutput } from '../../shared/contract/calls';
import { DEFAULT_REGISTER_NUMBERING, formatRegisterNumber } from '../../shared/numbering/register-number';
import { toRomanNumeral } from '../../shared/numbering/roman-numerals';
import { formatTrackingCode, generateTrackingCode, TRACKING_ALPHABET, withCheckSymbol } from '../../shared/numbering/tracking-code';
import { OFFICE_TIME_ZONE_OFFSET_MINUTES } from '../../shared/office/time-zones';
import { officeDayRangeToInstants } from '../../shared/time/indonesian-dates';
import { addWorkingDays } from '../../shared/time/working-days';
import { createBackend, DATABASE_FILE_NAME, type Backend } from '../../electron/backend/create-backend';
import { ManualClock } from '../../electron/backend/core/clock';
import { testSession } from '../../test/support/temp-backend';
import { ComplaintFinder } from '../../electron/backend/complaints/complaint-finder';
import { REGISTER_SCOPE } from '../../electron/backend/complaints/complaint-intake-service';
import { ComplaintRepository } from '../../electron/backend/complaints/complaint-repository';
import { DEMO_OFFICE } from '../../electron/backend/demo/demo-office';
import { fakeVisitor, seedFakeVisitors, type FakeVisitor } from '../../electron/backend/demo/demo-visitors';
import type { AuditLogTable, ComplaintLinksTable, ComplaintsTable, Database } from '../../electron/db/database-schema';
import type { BenchOperation, BenchOptions, BenchSuite, DatasetFacts, PreparedSuite } from '../bench-suite';
import { complaintText, hash, RowRandom, SEARCH_TERMS } from '../complaint-corpus';
import { measureRendererOn, RENDERER_ROWS, type RendererFigures } from '../renderer-register-run';
import { sqlLiteral } from '../sqlite-shell';
import { claimLock } from '../process-lock';

/**
 * The complaint register (register pengaduan) at 1,000,000 complaints: about three years of
 * a very busy office, every channel, every stage of the lifecycle, realistic Indonesian
 * text in the full-text index. Measures what the register screen and the progress desk do
 * all day — a full-text search, a filtered list page with its total, a tracking-code
 * lookup, a new registration — plus the register's unfiltered first page, and the
 * renderer's time to show and scroll the register in Chromium.
 */

// Bump when the generated data changes, so a kept database from an older generator is rebuilt.
const DATA_VERSION = 1;
const SEED = 2027;
const POOL_SIZE = 20_000;
const OFFICE = DEMO_OFFICE;
const ZONE_OFFSET_MS = OFFICE_TIME_ZONE_OFFSET_MINUTES[OFFICE.timeZone] * 60_000;
/** "Today" of the benchmark (a Monday); the clock is pinned to 14.00 office time on it. */
const LAST_DAY = '2026-11-23';
const SPAN_DAYS = 3 * 365;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const OPERATORS = ['Rina Marlina', 'Andi Saputra', 'Petugas Pengaduan', 'Moh. Fadli', 'Nur Aisyah'];
const BENCH_OPERATOR = 'Bench: Petugas Pengaduan';

/** renderer use-complaint-pages.ts PAGE_SIZE: the register screen asks for pages of 200. */
const SCREEN_PAGE_SIZE = 200;
const SEARCH_TARGET = { p95Ms: 50, maxRatio: 2 };
const TARGET = { p95Ms: 20, maxRatio: 2 };

const INSERT_CHUNK = 500; // 35 columns × 500 rows stays under SQLite's 32,766 variables
const TRANSACTION_ROWS = 20_000;

/** Midnight office time at the start of `day`, as epoch ms. */
const midnight = (day: string) => Date.parse(day + 'T00:00:00Z') - ZONE_OFFSET_MS;
/** 14.00 office time on the last day. */
const NOW = new Date(midnight(LAST_DAY) + 14 * HOUR_MS);

// ---------------------------------------------------------------------------------------
// People: a pool of faker id_ID visitors recombined per complainant (as the guest-book suite).

interface Pool {
  visitors: FakeVisitor[];
  givenNames: string[];
  familyNames: string[];
}

function makePool(): Pool {
  seedFakeVisitors(SEED);
  const visitors = Array.from({ length: POOL_SIZE }, () => fakeVisitor());
  const words = visitors.map((v) => v.name.split(' '));
  return {
    visitors,
    givenNames: words.map((w) => (w.length > 1 ? w.slice(0, -1) : w).join(' ')),
    familyNames: words.map((w) => w[w.length - 1]!),
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const pickBy = <T>(list: readonly T[], i: number, salt: number): T => list[hash(i, salt) % list.length]!;

interface Person {
  name: string;
  nik: string;
  phone: string;
  email: string;
  address: string;
}

/** Person `j`: a recombined name; phone and NIK unique per person (a bijective scramble of j). */
function person(pool: Pool, j: number): Person {
  const given = pickBy(pool.givenNames, j, 1);
  const family = pickBy(pool.familyNames, j, 2);
  const source = pickBy(pool.visitors, j, 3);
  const local = (j * 48_271 + 91_939) % 100_000_000;
  const serial = local % 10_000 || 1;
  const nik = source.nik ? source.nik.slice(0, 2) + pad(Math.floor(local / 10_000), 4) + source.nik.slice(6, 12) + pad(serial, 4) : '';
  const ascii = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');
  const domain = pickBy(['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'], j, 4);
  return {
    name: `${given} ${family}`,
    nik,
    phone: `08${pickBy(pool.visitors, j, 5).phone.slice(2, 4)}${pad((j * 69_621 + 4_242) % 100_000_000, 8)}`,
    email: `${ascii(given.split(' ')[0] ?? given)}.${ascii(family)}${hash(j, 6) % 100}@${domain}`,
    address: pickBy(pool.visitors, j, 7).address,
  };
}

// ---------------------------------------------------------------------------------------
// Complaints: when, through which channel, and how far along the lifecycle.

type NewComplaint = Insertable<ComplaintsTable>;
type NewAudit = Insertable<AuditLogTable>;

const CHANNEL_WEIGHTS: Record<Channel, number> = {
  langsung: 22, telepon: 6, surat: 10, kotak: 3, email: 7, whatsapp: 22, sms: 3, media_sosial: 8, website: 7, lapor: 12,
};
// Outside office hours nobody is at the desk, the phone or the letter tray.
const ONLINE_WEIGHTS: Record<Channel, number> = {
  langsung: 0, telepon: 0, surat: 0, kotak: 0, email: 7, whatsapp: 22, sms: 3, media_sosial: 8, website: 7, lapor: 12,
};
const FORMAL_CHANNELS: readonly Channel[] = ['surat', 'email', 'website', 'lapor'];
const MAIN_LINE: readonly ComplaintStatus[] = ['diterima', 'diverifikasi', 'diproses', 'dijawab', 'selesai', 'ditutup'];

/** Where complaints stand by age, in days: new ones wait, old ones are mostly closed. */
function finalStatus(r: RowRandom, ageDays: number): ComplaintStatus {
  if (ageDays < 3) return r.weighted({ diterima: 60, diverifikasi: 32, ditolak: 4, bukan_kewenangan: 4 });
  if (ageDays < 10) return r.weighted({ diterima: 12, diverifikasi: 30, diproses: 48, ditolak: 5, bukan_kewenangan: 5 });
  if (ageDays < 40) return r.weighted({ diverifikasi: 5, diproses: 45, dijawab: 30, selesai: 10, ditolak: 5, bukan_kewenangan: 5 });
  if (ageDays < 120) return r.weighted({ diproses: 14, dijawab: 14, selesai: 30, ditutup: 32, ditolak: 5, bukan_kewenangan: 5 });
  return r.weighted({ diproses: 2, dijawab: 2, selesai: 8, ditutup: 78, ditolak: 4, bukan_kewenangan: 6 });
}

function pathTo(status: ComplaintStatus): ComplaintStatus[] {
  if (status === 'ditolak') return ['diterima', 'ditolak'];
  if (status === 'bukan_kewenangan') return ['diterima', 'diverifikasi', 'bukan_kewenangan'];
  return MAIN_LINE.slice(0, MAIN_LINE.indexOf(status) + 1);
}

/** Hours a matter typically waits before moving to each status. */
const STEP_HOURS: Record<ComplaintStatus, [number, number]> = {
  diterima: [0, 0], diverifikasi: [2, 72], diproses: [24, 120], dijawab: [48, 400], selesai: [72, 340], ditutup: [24, 240],
  bukan_kewenangan: [24, 96], ditolak: [24, 96],
};

const STATUS_REASONS: Record<ComplaintStatus, readonly string[]> = {
  diterima: [''],
  diverifikasi: ['Berkas lengkap dan menjadi kewenangan dinas', 'Identitas dan kronologi sudah dikonfirmasi kepada pelapor'],
  diproses: ['Didisposisikan kepada bidang terkait untuk ditindaklanjuti', 'Disposisi pimpinan: segera klarifikasi ke lapangan'],
  dijawab: ['Jawaban disampaikan kepada pelapor melalui surat', 'Jawaban disampaikan melalui WhatsApp dan telepon'],
  selesai: ['Tidak ada tanggapan pelapor dalam 10 hari kerja', 'Pelapor menyatakan puas atas tindak lanjut'],
  ditutup: ['Berkas diarsipkan', 'Penanganan selesai dan diarsipkan'],
  bukan_kewenangan: ['Diteruskan kepada instansi yang berwenang', 'Dikembalikan: menjadi kewenangan pemerintah kabupaten/kota'],
  ditolak: ['Pengaduan tidak disertai kronologi dan tidak dapat dihubungi', 'Isi pengaduan tidak jelas setelah dua kali diminta melengkapi'],
};

const LETTER_SENDERS = ['RT', 'KOP', 'DS', 'LSM', 'KEL'];
const SOCIAL = [
  { platform: 'Facebook', link: 'https://www.facebook.com/groups/infopalu/posts/' },
  { platform: 'Instagram', link: 'https://www.instagram.com/p/' },
  { platform: 'X (Twitter)', link: 'https://x.com/i/status/' },
  { platform: 'TikTok', link: 'https://www.tiktok.com/@warga/video/' },
] as const;

/** Office-local calendar facts of an instant. */
function local(t: number) {
  const d = new Date(t + ZONE_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.toISOString().slice(0, 10), hour: d.getUTCHours(), weekday: d.getUTCDay() };
}

/** Running state of a build: yearly counters and the codes already handed out. */
interface BuildState {
  seqByYear: Map<number, number>;
  laporByYear: Map<number, number>;
  trackingCodes: Set<string>;
  categoryIds: Map<string, number>;
}

interface GeneratedComplaint {
  row: NewComplaint;
  audits: NewAudit[];
  link: Insertable<ComplaintLinksTable> | null;
}

function uniqueTrackingCode(r: RowRandom, taken: Set<string>): string {
  for (;;) {
    let payload = '';
    for (let k = 0; k < 8; k++) payload += TRACKING_ALPHABET[Math.floor(r.next() * TRACKING_ALPHABET.length)]!;
    const code = withCheckSymbol(payload);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** Complaint `i` (0-based; its id will be i + 1), received at `t` (ms). */
function generateComplaint(pool: Pool, state: BuildState, i: number, t: number, deskOpen: boolean): GeneratedComplaint {
  const id = i + 1;
  const r = new RowRandom(i, 17);
  const at = (ms: number) => new Date(ms).toISOString();
  const { year, month, day } = local(t);
  const channel = r.weighted(deskOpen ? CHANNEL_WEIGHTS : ONLINE_WEIGHTS);
  const form = channel === 'langsung' || channel === 'telepon' ? 'lisan' : 'tertulis';
  const text = complaintText(i, new Date(t), FORMAL_CHANNELS.includes(channel));
  const privacy: Privacy =
    text.category === 'Pungutan liar' || text.category === 'Kepegawaian'
      ? r.weighted({ biasa: 50, rahasia: 40, anonim: 10 })
      : r.weighted({ biasa: 86, rahasia: 9, anonim: 5 });

  // One complainant in ten has complained before (an earlier person number).
  const who = person(pool, i > 0 && r.chance(0.1) ? hash(i, 8) % i : i);
  const anonymous = privacy === 'anonim';
  const email = channel === 'email' || r.chance(0.25) ? who.email : '';
  const phone = anonymous && r.chance(0.4) ? '' : who.phone;

  const seq = (state.seqByYear.get(year) ?? 0) + 1;
  state.seqByYear.set(year, seq);
  const registerNumber = formatRegisterNumber(DEFAULT_REGISTER_NUMBERING.pattern, {
    seq, unitCode: DEFAULT_REGISTER_NUMBERING.unitCode, classificationCode: DEFAULT_REGISTER_NUMBERING.classificationCode, year, month,
  });

  let ticket: string | null = null;
  if (channel === 'lapor') {
    const n = (state.laporByYear.get(year) ?? 0) + 1;
    state.laporByYear.set(year, n);
    ticket = `LPR-${year}${pad(n, 7)}`;
  }
  const social = SOCIAL[hash(i, 9) % SOCIAL.length]!;
  const letterDay = local(t - r.int(2, 10) * DAY_MS).day;
  const details = {
    letterNumber: channel === 'surat' ? `${pad(r.int(1, 250), 3)}/${r.pick(LETTER_SENDERS)}.${pad(r.int(1, 20), 2)}/${toRomanNumeral(month)}/${year}` : '',
    letterDate: channel === 'surat' ? letterDay : '',
    letterSender: channel === 'surat' ? (anonymous ? 'Warga peduli' : who.name) : '',
    letterReceivedDate: channel === 'surat' ? day : '',
    agendaNumber: channel === 'surat' ? `${seq}/AG/${year}` : '',
    socialPlatform: channel === 'media_sosial' ? social.platform : '',
    socialAccount: channel === 'media_sosial' ? `@${who.email.split('@')[0]}` : '',
    socialLink: channel === 'media_sosial' ? `${social.link}${hash(i, 10)}${hash(i, 11) % 1000}` : '',
    laporTrackingId: ticket ?? '',
    fromAddress: channel === 'email' ? who.email : '',
    fromNumber: channel === 'whatsapp' || channel === 'sms' ? who.phone : '',
    websiteLink: channel === 'website' ? `https://${OFFICE.website}/pengaduan/${hash(i, 12) % 1_000_000}` : '',
  };

  // The lifecycle up to "now": each step some hours after the previous, squeezed to fit.
  const operator = pickBy(OPERATORS, i, 13);
  const ageMs = NOW.getTime() - t;
  const settled = form === 'lisan' && channel === 'langsung' && r.chance(0.05);
  const merged = !settled && i > 5_000 && r.chance(0.0025);
  const status: ComplaintStatus = settled || merged ? 'ditutup' : finalStatus(r, ageMs / DAY_MS);
  const path = settled || merged ? ['diterima' as const] : pathTo(status);
  const gaps = path.slice(1).map((s) => r.int(STEP_HOURS[s][0], STEP_HOURS[s][1]) * HOUR_MS);
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > ageMs * 0.9 ? (ageMs * 0.9) / total : 1;
  const audits: NewAudit[] = [
    {
      entity_type: 'complaint', entity_id: id, action: 'dibuat', actor: operator, at: at(t), reason: null,
      changes_json: JSON.stringify({ status: [null, 'diterima'], register_number: [null, registerNumber] }),
    },
  ];
  let last = t;
  for (const [k, to] of path.slice(1).entries()) {
    last += Math.floor(gaps[k]! * scale);
    audits.push({
      entity_type: 'complaint', entity_id: id, action: 'status', actor: pickBy(OPERATORS, i, 14 + k), at: at(last),
      reason: r.pick(STATUS_REASONS[to]), changes_json: JSON.stringify({ status: [path[k], to] }),
    });
  }
  let mergedInto: number | null = null;
  let counterAnswer = '';
  if (settled) {
    last = t + 10 * 60_000;
    counterAnswer = 'Sudah dijelaskan langsung di loket persyaratan dan alur pengurusannya; pelapor menerima penjelasan.';
    audits.push({
      entity_type: 'complaint', entity_id: id, action: 'diselesaikan_di_loket', actor: operator, at: at(last),
      reason: counterAnswer, changes_json: JSON.stringify({ status: ['diterima', 'ditutup'] }),
    });
  } else if (merged) {
    // A duplicate of a recent complaint, merged into it a day or two later.
    mergedInto = id - 1 - (hash(i, 15) % Math.min(i, 3_000));
    last = Math.min(t + r.int(12, 48) * HOUR_MS, t + ageMs * 0.9);
    const reason = 'Pengaduan ganda atas masalah yang sama dari pelapor yang sama';
    audits.push(
      { entity_type: 'complaint', entity_id: id, action: 'digabung_ke', actor: operator, at: at(last), reason,
        changes_json: JSON.stringify({ digabung_ke: [null, `#${mergedInto}`], status: ['diterima', 'ditutup'] }) },
      { entity_type: 'complaint', entity_id: mergedInto, action: 'digabung_dari', actor: operator, at: at(last), reason,
        changes_json: JSON.stringify({ digabung_dari: [null, registerNumber] }) },
    );
  }
  // Half a percent are linked to a related earlier complaint (same road, same cooperative…).
  let link: Insertable<ComplaintLinksTable> | null = null;
  if (!merged && i > 5_000 && r.chance(0.005)) {
    const related = id - 1 - (hash(i, 16) % Math.min(i, 20_000));
    link = { complaint_id: related, related_id: id, created_by: operator, created_at: at(t) };
    audits.push(
      { entity_type: 'complaint', entity_id: id, action: 'ditautkan', actor: operator, at: at(t), reason: null, changes_json: JSON.stringify({ terkait: [null, `#${related}`] }) },
      { entity_type: 'complaint', entity_id: related, action: 'ditautkan', actor: operator, at: at(t), reason: null, changes_json: JSON.stringify({ terkait: [null, registerNumber] }) },
    );
  }
  const days = STATUS_GUIDANCE[status].standardWorkingDays;
  const row: NewComplaint = {
    register_year: year,
    register_seq: seq,
    register_number: registerNumber,
    tracking_code: uniqueTrackingCode(r, state.trackingCodes),
    channel,
    form,
    kind: text.kind,
    // A few fresh ones are not classified yet.
    category_id: status === 'diterima' && r.chance(0.3) ? null : (state.categoryIds.get(text.category) ?? null),
    subject: text.subject,
    description: text.description,
    requested_action: text.requestedAction,
    unit_complained: text.unitComplained,
    event_place: text.eventPlace,
    event_date: text.eventDate,
    privacy,
    complainant_name: anonymous ? '' : who.name,
    complainant_nik: anonymous ? '' : who.nik,
    complainant_phone: phone,
    complainant_email: email,
    complainant_address: anonymous ? '' : who.address,
    channel_details_json: JSON.stringify(details),
    lapor_tracking_id: ticket,
    guest_visit_id: null,
    settled_at_counter: settled ? 1 : 0,
    counter_answer: counterAnswer,
    status,
    received_at: at(t),
    due_at: settled || merged || days === null ? null : addWorkingDays(new Date(last), days, OFFICE.timeZone).toISOString(),
    closed_at: status === 'ditutup' ? at(last) : null,
    merged_into_id: mergedInto,
    created_by: operator,
    updated_at: at(last),
  };
  return { row, audits, link };
}

/**
 * The office hour at which the arrival at fraction `f` (0–1) of a day comes in, increasing
 * with `f`: on a working day three in four during desk hours (08–16), a few before, the
 * rest online in the evening until 21.00; a weekend evenly 07–21; the last day 07–13.30.
 */
function hourOfDay(f: number, weekend: boolean, lastDay: boolean): number {
  if (lastDay) return 7 + 6.5 * f;
  if (weekend) return 7 + 14 * f;
  if (f < 0.1) return 7 + f * 10;
  if (f < 0.85) return 8 + ((f - 0.1) / 0.75) * 8;
  return 16 + ((f - 0.85) / 0.15) * 5;
}

/**
 * When complaint `i` of `rows` arrives: every calendar day of the last three years (weekends
 * at a third of a weekday, through the online channels), in
 * increasing order so ids follow time as in a real register. The last day stops at 13.30,
 * before the pinned "now".
 */
function* arrivals(rows: number): Generator<{ t: number; deskOpen: boolean }> {
  const lastMidnight = midnight(LAST_DAY);
  const days = Array.from({ length: SPAN_DAYS }, (_, k) => lastMidnight - (SPAN_DAYS - 1 - k) * DAY_MS);
  const weight = (d: number) => (local(d).weekday === 0 || local(d).weekday === 6 ? 0.35 : 1);
  const totalWeight = days.reduce((sum, d) => sum + weight(d), 0);
  let cumulative = 0;
  let emitted = 0;
  for (const [k, d] of days.entries()) {
    cumulative += weight(d);
    const upTo = k === days.length - 1 ? rows : Math.round((cumulative / totalWeight) * rows);
    const count = upTo - emitted;
    const isLast = k === days.length - 1;
    const weekend = weight(d) < 1;
    for (let s = 0; s < count; s++) {
      const f = (s + 0.9 * (hash(emitted + s, 18) / 2 ** 32)) / count;
      const t = Math.floor(d + hourOfDay(f, weekend, isLast) * HOUR_MS);
      const hour = local(t).hour;
      yield { t, deskOpen: !weekend && hour >= 8 && hour < 16 };
    }
    emitted = upTo;
  }
}

// ---------------------------------------------------------------------------------------
// Building and reusing a database.

interface DatasetMarker {
  dataVersion: number;
  rows: number;
  firstDay: string;
  lastDay: string;
  builtAt: string;
  buildSeconds: number;
  /** Last register sequence per year, to put the counter back after the run's registrations. */
  seqByYear: Record<string, number>;
  /** Highest audit_log id of the data itself; anything above was written by a run. */
  auditMaxId: number;
  auditRows: number;
  links: number;
}

const COMPLAINT_COLUMNS = [
  'register_year', 'register_seq', 'register_number', 'tracking_code', 'channel', 'form', 'kind', 'category_id', 'subject',
  'description', 'requested_action', 'unit_complained', 'event_place', 'event_date', 'privacy', 'complainant_name',
  'complainant_nik', 'complainant_phone', 'complainant_email', 'complainant_address', 'channel_details_json',
  'lapor_tracking_id', 'guest_visit_id', 'settled_at_counter', 'counter_answer', 'status', 'received_at', 'due_at',
  'closed_at', 'merged_into_id', 'created_by', 'updated_at',
] as const satisfies readonly (keyof NewComplaint)[];
const AUDIT_COLUMNS = ['entity_type', 'entity_id', 'action', 'actor', 'at', 'changes_json', 'reason'] as const satisfies readonly (keyof NewAudit)[];
const LINK_COLUMNS = ['complaint_id', 'related_id', 'created_by', 'created_at'] as const satisfies readonly (keyof ComplaintLinksTable)[];

/** A multi-row INSERT written out directly: Kysely's compiler would cost a good part of the build. */
async function insertRows<T extends object>(db: Transaction<Database>, table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const text = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  await db.executeQuery(CompiledQuery.raw(text, rows.flatMap((row) => columns.map((c) => row[c] ?? null))));
}

async function buildDataset(backend: Backend, pool: Pool, rows: number, log: BenchOptions['log']): Promise<DatasetMarker> {
  const started = performance.now();
  const db = backend.db;
  const existing = await db.selectFrom('complaints').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) !== 0) throw new Error('the bench database should be empty before it is filled');
  const settings = await backend.dispatch('settings.save', { input: OFFICE, session: await testSession(backend, BENCH_OPERATOR) });
  if (!settings.ok) throw new Error(`settings.save failed: ${settings.error.message}`);

  const categories = await db.selectFrom('complaint_categories').select(['id', 'name']).execute();
  const state: BuildState = { seqByYear: new Map(), laporByYear: new Map(), trackingCodes: new Set(), categoryIds: new Map(categories.map((c) => [c.name, c.id])) };
  // A large page cache while building only: the FTS and index inserts would thrash the default 2 MB.
  const cacheBefore = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(db);
  await sql`PRAGMA cache_size = -524288`.execute(db);

  let complaints: NewComplaint[] = [];
  let audits: NewAudit[] = [];
  let links: Insertable<ComplaintLinksTable>[] = [];
  let written = 0;
  let auditRows = 0;
  let linkRows = 0;
  let lastReport = started;
  const flush = async () => {
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < complaints.length; k += INSERT_CHUNK) await insertRows(trx, 'complaints', COMPLAINT_COLUMNS, complaints.slice(k, k + INSERT_CHUNK));
      for (let k = 0; k < audits.length; k += 4 * INSERT_CHUNK) await insertRows(trx, 'audit_log', AUDIT_COLUMNS, audits.slice(k, k + 4 * INSERT_CHUNK));
      for (let k = 0; k < links.length; k += INSERT_CHUNK) await insertRows(trx, 'complaint_links', LINK_COLUMNS, links.slice(k, k + INSERT_CHUNK));
    });
    written += complaints.length;
    auditRows += audits.length;
    linkRows += links.length;
    complaints = [];
    audits = [];
    links = [];
    const now = performance.now();
    if (now - lastReport > 5_000 || written === rows) {
      lastReport = now;
      const rate = Math.round(written / ((now - started) / 1000));
      log(`  ${written.toLocaleString('en-US')} / ${rows.toLocaleString('en-US')} complaints · ${rate.toLocaleString('en-US')} rows/s`);
    }
  };

  let i = 0;
  let firstDay = '';
  for (const { t, deskOpen } of arrivals(rows)) {
    if (i === 0) firstDay = local(t).day;
    const generated = generateComplaint(pool, state, i, t, deskOpen);
    complaints.push(generated.row);
    audits.push(...generated.audits);
    if (generated.link) links.push(generated.link);
    i++;
    if (complaints.length >= TRANSACTION_ROWS) await flush();
  }
  if (complaints.length > 0) await flush();

  // The yearly counters the intake service continues from.
  await db.transaction().execute(async (trx) => {
    for (const [year, last] of state.seqByYear) {
      await trx.insertInto('number_counters').values({ scope: REGISTER_SCOPE, year, last_value: last }).execute();
    }
  });
  const { maxId } = await db.selectFrom('audit_log').select((eb) => eb.fn.max<number>('id').as('maxId')).executeTakeFirstOrThrow();
  await sql.raw(`PRAGMA cache_size = ${cacheBefore.rows[0]?.cache_size ?? -2000}`).execute(db);
  // Fold the WAL into the file so the shell does not start by reading a large log.
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
  log(`  built ${rows.toLocaleString('en-US')} complaints (${auditRows.toLocaleString('en-US')} history rows) in ${buildSeconds} s`);
  return {
    dataVersion: DATA_VERSION, rows, firstDay, lastDay: LAST_DAY, builtAt: new Date().toISOString(), buildSeconds,
    seqByYear: Object.fromEntries([...state.seqByYear].map(([y, n]) => [String(y), n])),
    auditMaxId: Number(maxId), auditRows, links: linkRows,
  };
}

function readMarker(file: string, rows: number): DatasetMarker | null {
  try {
    const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as DatasetMarker;
    return marker.dataVersion === DATA_VERSION && marker.rows === rows ? marker : null;
  } catch {
    return null;
  }
}

/** Removes what a run registered (also one that crashed before its teardown) and puts the counters back. */
async function removeBenchWrites(backend: Backend, marker: DatasetMarker): Promise<void> {
  const rows = marker.rows;
  await backend.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('audit_log').where('id', '>', marker.auditMaxId).execute();
    await trx.deleteFrom('complaint_links').where((eb) => eb.or([eb('complaint_id', '>', rows), eb('related_id', '>', rows)])).execute();
    await trx.deleteFrom('complaints').where('id', '>', rows).execute();
    for (const [year, last] of Object.entries(marker.seqByYear)) {
      await trx.updateTable('number_counters').set({ last_value: last }).where('scope', '=', REGISTER_SCOPE).where('year', '=', Number(year)).execute();
    }
    // AUTOINCREMENT would otherwise go on counting, and the next run's ids would differ.
    await sql`UPDATE sqlite_sequence SET seq = ${rows} WHERE name = 'complaints'`.execute(trx);
    await sql`UPDATE sqlite_sequence SET seq = ${marker.auditMaxId} WHERE name = 'audit_log'`.execute(trx);
  });
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(backend.db);
}

interface OpenedDataset {
  backend: Backend;
  marker: DatasetMarker;
  reused: boolean;
  dataDir: string;
  openSeconds: number;
  /** Closes the database, removes it unless kept or reused, and releases the folder for other runs. */
  close(keep: boolean): Promise<void>;
}

/** Claims bench/tmp/complaint-register-<rows> for this process (see claimLock). */
function claimFolder(dataDir: string): () => void {
  return claimLock(`${dataDir}.lock`, `using ${dataDir}`);
}

/** The database of `rows` complaints in bench/tmp: reused when a valid one is there, built otherwise. */
async function openDataset(options: BenchOptions, pool: Pool, rows: number, clock: ManualClock): Promise<OpenedDataset> {
  const dataDir = path.join(options.tmpDir, `complaint-register-${rows}`);
  fs.mkdirSync(options.tmpDir, { recursive: true });
  const release = claimFolder(dataDir);
  try {
    return await openClaimed(options, pool, rows, clock, dataDir, release);
  } catch (err) {
    release();
    throw err;
  }
}

async function openClaimed(
  options: BenchOptions, pool: Pool, rows: number, clock: ManualClock, dataDir: string, release: () => void,
): Promise<OpenedDataset> {
  const markerFile = path.join(dataDir, 'dataset.json');
  let marker = readMarker(markerFile, rows);
  const reused = marker !== null;
  // A folder without a valid marker is a build that was interrupted or is out of date.
  if (!reused) fs.rmSync(dataDir, { recursive: true, force: true });
  options.log(reused ? `Reusing ${dataDir} (${rows.toLocaleString('en-US')} complaints)` : `Building ${rows.toLocaleString('en-US')} complaints in ${dataDir}`);
  const opened = performance.now();
  const backend = await createBackend({ dataDir, clock, runtime: 'browser', version: 'bench', log: (err) => console.error(err) });
  const openSeconds = Math.round((performance.now() - opened) / 100) / 10;
  if (marker) {
    await removeBenchWrites(backend, marker);
  } else {
    marker = await buildDataset(backend, pool, rows, options.log);
    fs.writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
  }
  const { n } = await backend.db.selectFrom('complaints').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(n) !== rows) throw new Error(`the bench database has ${n} complaints, expected ${rows}; delete ${dataDir} and run again`);
  return {
    backend, marker, reused, dataDir, openSeconds,
    async close(keep) {
      try {
        await backend.close();
        if (!keep && !reused) fs.rmSync(dataDir, { recursive: true, force: true });
      } finally {
        release();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------
// The shell's SQL: what the repository really runs, captured from it. The repository and
// finder are run against a Kysely whose driver records each compiled query instead of
// executing it, so the shell side follows any change to the repository's SQL by itself.

class CaptureDriver implements Driver {
  readonly queries: CompiledQuery[] = [];
  private readonly connection: DatabaseConnection = {
    executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
      this.queries.push(query);
      // A count needs its one row; everything else may come back empty.
      return { rows: (/count\(\*\)/i.test(query.sql) ? [{ n: 0 }] : []) as R[] };
    },
    streamQuery: () => {
      throw new Error('not captured');
    },
  };
  async init() {}
  async acquireConnection() {
    return this.connection;
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

function captureDb(): { db: Kysely<Database>; driver: CaptureDriver } {
  const driver = new CaptureDriver();
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => driver,
      createQueryCompiler: () => new SqliteQueryCompiler(),
      createIntrospector: (k) => new SqliteIntrospector(k),
    },
  });
  return { db, driver };
}

/** A compiled query with its `?` parameters written in as literals (outside quoted text). */
function inlined(query: CompiledQuery): string {
  let k = 0;
  const out = query.sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (token) => {
    if (token !== '?') return token;
    const value = query.parameters[k++];
    if (typeof value === 'boolean') return value ? '1' : '0';
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') throw new Error(`cannot inline ${String(value)}`);
    return sqlLiteral(value);
  });
  if (k !== query.parameters.length) throw new Error(`inlined ${k} of ${query.parameters.length} parameters in: ${query.sql}`);
  return out;
}

/** As ComplaintQueryService.filterContext: the office-day range as UTC instants. */
const filterContext = (filter: ComplaintFilter) =>
  filter.range ? { now: NOW, receivedBetween: officeDayRangeToInstants(filter.range.from, filter.range.to, OFFICE.timeZone) } : { now: NOW };

/** complaints.list as ComplaintQueryService.list runs it: the page, then (unless asked not to) the total, on one shell line. */
async function listSql(input: CallInput<'complaints.list'>): Promise<string> {
  const parsed = complaintListSchema.parse(input);
  const { db, driver } = captureDb();
  const repo = new ComplaintRepository(db);
  const ctx = filterContext(parsed.filter);
  await repo.list(parsed.filter, ctx, parsed.offset, parsed.limit);
  if (parsed.withTotal) await repo.count(parsed.filter, ctx);
  const expected = parsed.withTotal ? 2 : 1;
  if (driver.queries.length !== expected) throw new Error(`complaints.list ran ${driver.queries.length} queries, expected ${expected}`);
  return driver.queries.map((q) => inlined(q) + ';').join(' ');
}

/** complaints.count as ComplaintQueryService.count runs it: one query. */
async function countSql(input: CallInput<'complaints.count'>): Promise<string> {
  const { filter } = complaintCountSchema.parse(input);
  const { db, driver } = captureDb();
  await new ComplaintRepository(db).count(filter, filterContext(filter));
  if (driver.queries.length !== 1) throw new Error(`complaints.count ran ${driver.queries.length} queries, expected 1`);
  return inlined(driver.queries[0]!) + ';';
}

/** complaints.find for an existing tracking code: the finder's first (and, for a hit, only) query. */
async function findSql(query: string): Promise<string> {
  const { db, driver } = captureDb();
  await new ComplaintFinder(db, new ComplaintRepository(db)).find(query);
  const first = driver.queries[0];
  if (!first) throw new Error(`complaints.find ran no query for ${query}`);
  return inlined(first) + ';';
}

// ---------------------------------------------------------------------------------------
// Inputs of the measured calls.

interface Sampled {
  id: number;
  tracking_code: string;
  complainant_name: string;
  privacy: string;
}

async function sample(backend: Backend, rows: number, count: number): Promise<Sampled[]> {
  const ids = Array.from({ length: count }, (_, k) => 1 + (hash(k, 101) % rows));
  const found = new Map<number, Sampled>();
  for (let k = 0; k < ids.length; k += 500) {
    const batch = await backend.db.selectFrom('complaints').select(['id', 'tracking_code', 'complainant_name', 'privacy']).where('id', 'in', ids.slice(k, k + 500)).execute();
    for (const row of batch) found.set(row.id, row);
  }
  return ids.map((id) => found.get(id)!);
}

/** Search words: the corpus's terms, and every fifth a complainant's family name as clerks also type. */
function searchWords(sampled: Sampled[], count: number): string[] {
  const names = sampled.filter((s) => s.privacy === 'biasa' && s.complainant_name).map((s) => s.complainant_name.split(' ').at(-1)!);
  // The terms advance only on their own turns, so every term comes up (k % 30 alone would skip every fifth).
  return Array.from({ length: count }, (_, k) =>
    k % 5 === 4 ? names[Math.floor(k / 5) % names.length]! : SEARCH_TERMS[(k - Math.floor(k / 5)) % SEARCH_TERMS.length]!,
  );
}

const FILTER_CHANNELS: readonly Channel[] = ['whatsapp', 'langsung', 'surat', 'lapor', 'email', 'media_sosial'];

/** "In process, from one channel, received in the last 1–3 months (some windows up to 1½ years back)". */
function filteredListInput(k: number): CallInput<'complaints.list'> {
  const [y, m] = LAST_DAY.split('-').map(Number) as [number, number];
  const monthsBack = k % 18;
  const length = (k % 3) + 1;
  const endMonth = new Date(Date.UTC(y, m - 1 - monthsBack + 1, 0)); // last day of the window's last month
  const startMonth = new Date(Date.UTC(y, m - 1 - monthsBack - length + 1, 1));
  const to = endMonth.toISOString().slice(0, 10) > LAST_DAY ? LAST_DAY : endMonth.toISOString().slice(0, 10);
  const filter: ComplaintFilterInput = {
    statuses: ['diproses', 'diverifikasi'],
    channels: [FILTER_CHANNELS[k % FILTER_CHANNELS.length]!],
    range: { from: startMonth.toISOString().slice(0, 10), to },
    sort: 'receivedAt',
    direction: 'desc',
  };
  return { filter, offset: 0, limit: SCREEN_PAGE_SIZE, withTotal: false };
}

/** As a complainant reads the code out or a clerk types it: with the dash, lower case, or with a space. */
function typedCode(code: string, k: number): string {
  const shown = formatTrackingCode(code);
  return k % 3 === 0 ? shown : k % 3 === 1 ? code.toLowerCase() : shown.replace('-', ' ').toLowerCase();
}

/** A new complaint as the intake form sends it, from the same corpus as the register. */
function newComplaint(pool: Pool, k: number, visitor: FakeVisitor, categoryIds: Map<string, number>): ComplaintIntakeInput {
  const r = new RowRandom(k, 301);
  const channel = r.weighted({ langsung: 30, whatsapp: 25, surat: 15, email: 10, lapor: 10, website: 10 });
  const text = complaintText(10_000_000 + k, NOW, FORMAL_CHANNELS.includes(channel));
  const privacy = r.weighted({ biasa: 85, rahasia: 10, anonim: 5 });
  const anonymous = privacy === 'anonim';
  const email = person(pool, 20_000_000 + k).email;
  const today = local(NOW.getTime()).day;
  return {
    channel,
    form: channel === 'langsung' ? 'lisan' : 'tertulis',
    kind: text.kind,
    categoryId: categoryIds.get(text.category) ?? null,
    subject: text.subject,
    description: text.description,
    requestedAction: text.requestedAction,
    unitComplained: text.unitComplained,
    eventPlace: text.eventPlace,
    eventDate: text.eventDate,
    privacy,
    complainant: anonymous
      ? { phone: visitor.phone }
      : { name: visitor.name, nik: visitor.nik, phone: visitor.phone, email: channel === 'email' ? email : '', address: visitor.address },
    channelDetails: {
      ...(channel === 'surat'
        ? { letterNumber: `${pad(k % 250 + 1, 3)}/RT.04/XI/2026`, letterDate: local(NOW.getTime() - 3 * DAY_MS).day, letterSender: anonymous ? 'Warga peduli' : visitor.name, letterReceivedDate: today, agendaNumber: `${k + 1}/AG/2026` }
        : {}),
      ...(channel === 'lapor' ? { laporTrackingId: `LPR-2026${pad(8_000_000 + k, 7)}` } : {}),
      ...(channel === 'email' ? { fromAddress: email } : {}),
      ...(channel === 'whatsapp' ? { fromNumber: visitor.phone } : {}),
      ...(channel === 'website' ? { websiteLink: `https://${OFFICE.website}/pengaduan/${900_000 + k}` } : {}),
    },
  };
}

/**
 * complaints.intake as raw SQL, by hand after ComplaintIntakeService.intake and
 * ComplaintQueryService.detail (a transaction cannot be captured usefully): numbering
 * setting, LAPOR! ticket check, category check, then in one IMMEDIATE transaction the
 * counter upsert, the tracking-code clash check, the insert (FTS triggers fire) and the
 * history row; then the case page the call returns (row, attachments, history, links,
 * complaints merged into it, consultation notes).
 */
function intakeSql(input: ComplaintIntakeInput, seq: number, id: number, when: Date): string {
  const parsed = input;
  const at = when.toISOString();
  const { year, month } = local(when.getTime());
  const registerNumber = formatRegisterNumber(DEFAULT_REGISTER_NUMBERING.pattern, {
    seq, unitCode: DEFAULT_REGISTER_NUMBERING.unitCode, classificationCode: DEFAULT_REGISTER_NUMBERING.classificationCode, year, month,
  });
  const code = generateTrackingCode((n) => crypto.randomBytes(n));
  const c = { name: '', nik: '', phone: '', email: '', address: '', ...parsed.complainant };
  const details = {
    letterNumber: '', letterDate: '', letterSender: '', letterReceivedDate: '', agendaNumber: '', socialPlatform: '', socialAccount: '',
    socialLink: '', laporTrackingId: '', fromAddress: '', fromNumber: '', websiteLink: '', ...parsed.channelDetails,
  };
  const ticket = parsed.channel === 'lapor' ? details.laporTrackingId.toUpperCase() : null;
  const columns: Record<string, string | number | null> = {
    register_year: year, register_seq: seq, register_number: registerNumber, tracking_code: code, channel: parsed.channel,
    form: parsed.form, kind: parsed.kind, category_id: parsed.categoryId ?? null, subject: parsed.subject, description: parsed.description,
    requested_action: parsed.requestedAction ?? '', unit_complained: parsed.unitComplained ?? '', event_place: parsed.eventPlace ?? '',
    event_date: parsed.eventDate ?? '', privacy: parsed.privacy, complainant_name: c.name, complainant_nik: c.nik,
    complainant_phone: c.phone, complainant_email: c.email, complainant_address: c.address, channel_details_json: JSON.stringify(details),
    lapor_tracking_id: ticket, guest_visit_id: null, settled_at_counter: 0, counter_answer: '', status: 'diterima', received_at: at,
    due_at: addWorkingDays(when, STATUS_GUIDANCE.diterima.standardWorkingDays ?? 3, OFFICE.timeZone).toISOString(), closed_at: null,
    merged_into_id: null, created_by: BENCH_OPERATOR, updated_at: at,
  };
  const values = Object.values(columns).map(sqlLiteral).join(', ');
  const changes = JSON.stringify({ status: [null, 'diterima'], register_number: [null, registerNumber] });
  const base = 'SELECT "complaints".*, "complaint_categories"."name" AS "category_name" FROM "complaints" LEFT JOIN "complaint_categories" ON "complaint_categories"."id" = "complaints"."category_id"';
  return [
    `SELECT "value_json" FROM "settings" WHERE "key" = 'register_numbering';`,
    ticket ? `SELECT "id", "register_number" FROM "complaints" WHERE "lapor_tracking_id" = ${sqlLiteral(ticket)};` : '',
    parsed.categoryId ? `SELECT "id", "active" FROM "complaint_categories" WHERE "id" = ${parsed.categoryId};` : '',
    // IMMEDIATE as the app's driver begins its transactions.
    'BEGIN IMMEDIATE;',
    `INSERT INTO "number_counters" ("scope", "year", "last_value") VALUES (${sqlLiteral(REGISTER_SCOPE)}, ${year}, 1) ON CONFLICT ("scope", "year") DO UPDATE SET "last_value" = "number_counters"."last_value" + 1 RETURNING "last_value";`,
    `SELECT "id" FROM "complaints" WHERE "tracking_code" = ${sqlLiteral(code)};`,
    `INSERT INTO "complaints" (${Object.keys(columns).map((k) => `"${k}"`).join(', ')}) VALUES (${values}) RETURNING "id";`,
    `INSERT INTO "audit_log" ("entity_type", "entity_id", "action", "actor", "at", "changes_json", "reason") VALUES ('complaint', ${id}, 'dibuat', ${sqlLiteral(BENCH_OPERATOR)}, ${sqlLiteral(at)}, ${sqlLiteral(changes)}, NULL);`,
    'COMMIT;',
    `${base} WHERE "complaints"."id" = ${id};`,
    `SELECT * FROM "complaint_attachments" WHERE "complaint_id" = ${id} ORDER BY "id";`,
    `SELECT * FROM "audit_log" WHERE "entity_type" = 'complaint' AND "entity_id" = ${id} ORDER BY "id" ASC;`,
    `SELECT * FROM "complaint_links" WHERE ("complaint_id" = ${id} OR "related_id" = ${id});`,
    `${base} WHERE "complaints"."merged_into_id" = ${id};`,
    `SELECT * FROM "consultation_notes" WHERE "complaint_id" = ${id} ORDER BY "id";`,
  ]
    .filter((s) => s !== '')
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// The suite.

async function rendererFigures(options: BenchOptions, pool: Pool, main: OpenedDataset): Promise<RendererFigures | string> {
  if (process.env.BENCH_SKIP_RENDERER === '1') return 'skipped (BENCH_SKIP_RENDERER=1)';
  const chromiumPath = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) return `skipped: no Chromium at ${chromiumPath} (set BENCH_CHROMIUM)`;
  // The scroll covers every row of the register, so it runs on a register of RENDERER_ROWS.
  const clock = new ManualClock(NOW);
  const own = main.marker.rows === RENDERER_ROWS ? null : await openDataset(options, pool, RENDERER_ROWS, clock);
  try {
    const dataset = own ?? main;
    const figures = await measureRendererOn({ dispatch: dataset.backend.dispatch, session: await testSession(dataset.backend, BENCH_OPERATOR), chromiumPath, tmpDir: options.tmpDir, log: options.log });
    if (figures.rows !== RENDERER_ROWS) throw new Error(`the renderer showed ${figures.rows} rows, expected ${RENDERER_ROWS}`);
    return figures;
  } finally {
    await own?.close(options.keep);
  }
}

export const complaintRegisterSuite: BenchSuite = {
  name: 'complaint-register',
  title: 'Complaint register (register pengaduan)',

  async setup(options: BenchOptions): Promise<PreparedSuite> {
    const { rows } = options;
    if (!Number.isInteger(rows) || rows < 10_000) throw new Error('--rows must be at least 10,000 for the complaint register');
    const clock = new ManualClock(NOW);
    const pool = makePool();
    const main = await openDataset(options, pool, rows, clock);
    try {
      return await prepare(options, pool, clock, main);
    } catch (err) {
      await main.close(options.keep);
      throw err;
    }
  },
};

/** Everything after the database is ready: renderer figures, inputs, the shell's SQL, the operations. */
async function prepare(options: BenchOptions, pool: Pool, clock: ManualClock, main: OpenedDataset): Promise<PreparedSuite> {
  const { rows, log } = options;
  const { backend, marker } = main;

  const renderer = await rendererFigures(options, pool, main);
  if (typeof renderer !== 'string') {
    log(`  renderer: first page ${renderer.firstPageMs} ms, total ${renderer.totalMs} ms, ${renderer.rows.toLocaleString('en-US')} rows scrolled in ${renderer.scrollMs} ms, ${renderer.framesOver50ms} frames > 50 ms`);
  } else log(`  renderer: ${renderer}`);

  let benchSession: string | undefined;
  const call = async <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => {
    const envelope: CallEnvelope = { input, session: (benchSession ??= await testSession(backend, BENCH_OPERATOR)) };
    const result = (await backend.dispatch(name, envelope)) as CallResult<CallOutput<N>>;
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };

  const count = options.warmup + options.iterations;
  const sampled = await sample(backend, rows, count);
  const words = searchWords(sampled, count);
  // As the register screen asks since it counts apart: the page without its total, then complaints.count.
  const searchInputs = words.map((query): CallInput<'complaints.list'> => ({ filter: { query }, offset: 0, limit: SCREEN_PAGE_SIZE, withTotal: false }));
  const filteredInputs = Array.from({ length: count }, (_, k) => filteredListInput(k));
  const firstPageInput: CallInput<'complaints.list'> = { filter: {}, offset: 0, limit: SCREEN_PAGE_SIZE, withTotal: false };
  const countOf = (input: CallInput<'complaints.list'>): CallInput<'complaints.count'> => ({ filter: input.filter });
  const searchCounts = searchInputs.map(countOf);
  const filteredCounts = filteredInputs.map(countOf);
  const codes = sampled.map((s, k) => typedCode(s.tracking_code, k));
  const categories = await backend.db.selectFrom('complaint_categories').select(['id', 'name']).execute();
  const categoryIds = new Map(categories.map((c) => [c.name, c.id]));
  seedFakeVisitors(SEED + 1);
  const newComplaints = Array.from({ length: 2 * count }, (_, k) => newComplaint(pool, k, fakeVisitor(), categoryIds));

  log('  capturing the repository\'s SQL for the shell…');
  const searchLines = await Promise.all(searchInputs.map(listSql));
  const filteredLines = await Promise.all(filteredInputs.map(listSql));
  const firstPageLine = await listSql(firstPageInput);
  const searchCountLines = await Promise.all(searchCounts.map(countSql));
  const filteredCountLines = await Promise.all(filteredCounts.map(countSql));
  const registerCountLine = await countSql(countOf(firstPageInput));
  const findLines = await Promise.all(codes.map(findSql));

  // Facts the table's labels give: how many rows the typical inputs match.
  const totals = async (inputs: CallInput<'complaints.count'>[]) => {
    const all = [];
    for (const input of inputs) all.push((await call('complaints.count', input)).total);
    return all.sort((a, b) => a - b);
  };
  // Every term once, and the names between them.
  const searchTotals = await totals(searchCounts.slice(0, Math.ceil((SEARCH_TERMS.length * 5) / 4)));
  const filteredTotals = await totals(filteredCounts.slice(0, 18));
  const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)] ?? 0;
  const year = local(NOW.getTime()).year;
  const yearSeq = marker.seqByYear[String(year)] ?? 0;
  let serviceIntakes = 0;
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

  const operations: BenchOperation[] = [
    {
      key: 'complaints.list.search.page',
      label: `Full-text search: page of ${SCREEN_PAGE_SIZE}`,
      target: SEARCH_TARGET,
      async service(i) {
        await call('complaints.list', at(searchInputs, i));
      },
      shellSql: (i) => at(searchLines, i),
      note:
        `A word or two as typed in the register's search box (${SEARCH_TERMS.slice(0, 6).map((w) => `"${w}"`).join(', ')} … and every fifth a complainant's family name), ` +
        `the ${SEARCH_TERMS.length} terms and the names in turn; matches per input from ${searchTotals[0]?.toLocaleString('en-US')} to ` +
        `${searchTotals.at(-1)?.toLocaleString('en-US')} (median ${median(searchTotals).toLocaleString('en-US')}). The screen shows this page first; ` +
        `shell: the repository's page query, captured from ComplaintRepository.`,
    },
    {
      key: 'complaints.count.search',
      label: 'Full-text search: total (second call)',
      target: SEARCH_TARGET,
      async service(i) {
        await call('complaints.count', at(searchCounts, i));
      },
      shellSql: (i) => at(searchCountLines, i),
      note: 'The same inputs counted by complaints.count, which the screen sends once the page is shown (text index and name index, no rows read).',
    },
    {
      key: 'complaints.list.filtered.page',
      label: `Filtered list (status + channel + dates): page of ${SCREEN_PAGE_SIZE}`,
      target: TARGET,
      async service(i) {
        await call('complaints.list', at(filteredInputs, i));
      },
      shellSql: (i) => at(filteredLines, i),
      note:
        `Status diproses or diverifikasi, one channel (${FILTER_CHANNELS.join(', ')}), received within 1–3 calendar months ending 0–17 months ago, ` +
        `newest first; ${filteredTotals[0]?.toLocaleString('en-US')}–${filteredTotals.at(-1)?.toLocaleString('en-US')} matches ` +
        `(median ${median(filteredTotals).toLocaleString('en-US')}).`,
    },
    {
      key: 'complaints.count.filtered',
      label: 'Filtered list: total (second call)',
      target: TARGET,
      async service(i) {
        await call('complaints.count', at(filteredCounts, i));
      },
      shellSql: (i) => at(filteredCountLines, i),
    },
    {
      key: 'complaints.list.firstPage',
      label: `Register first page, no filter (${SCREEN_PAGE_SIZE})`,
      target: TARGET,
      async service() {
        const page = await call('complaints.list', firstPageInput);
        if (page.rows.length !== SCREEN_PAGE_SIZE) throw new Error(`the register's first page has ${page.rows.length} rows, expected ${SCREEN_PAGE_SIZE}`);
      },
      shellSql: () => firstPageLine,
      note: 'What the register screen asks for when it opens: the newest complaints, only the columns of the list.',
    },
    {
      key: 'complaints.count.register',
      label: 'Register total, no filter (second call)',
      target: TARGET,
      async service() {
        const { total } = await call('complaints.count', countOf(firstPageInput));
        if (total < rows) throw new Error(`the unfiltered register counts ${total}, expected ≥ ${rows}`);
      },
      shellSql: () => registerCountLine,
      note: `The badge's "${rows.toLocaleString('id-ID')} pengaduan" and the scroll bar's length, asked for after the first page is shown.`,
    },
    {
      key: 'complaints.find.trackingCode',
      label: 'Tracking-code lookup',
      target: TARGET,
      async service(i) {
        const hits = await call('complaints.find', { query: at(codes, i) });
        if (hits.length !== 1) throw new Error(`complaints.find found ${hits.length} complaints for ${at(codes, i)}`);
      },
      shellSql: (i) => at(findLines, i),
      note: 'Existing codes typed as "7KQ4-MX2RB", "7kq4mx2rb" or "7kq4 mx2rb"; shell: the finder\'s query, captured.',
    },
    {
      key: 'complaints.intake',
      label: 'Register a new complaint',
      target: TARGET,
      async service(i) {
        clock.advanceMinutes(0.25);
        const detail = await call('complaints.intake', at(newComplaints, i));
        serviceIntakes++;
        if (detail.status !== 'diterima') throw new Error(`a new complaint came back as ${detail.status}`);
      },
      shellSql: (i) => {
        clock.advanceMinutes(0.25);
        // The service side has registered `serviceIntakes` complaints before the shell's turn.
        const n = serviceIntakes + i + 1;
        return intakeSql(at(newComplaints, count + i), yearSeq + n, rows + n, clock.now());
      },
      note:
        'A new complaint from the corpus (desk, WhatsApp, letter, e-mail, LAPOR!, website; some confidential or anonymous), committed for real on ' +
        'both sides (register number, tracking code, FTS triggers, history) and deleted after the run. The call returns the case page, so its reads ' +
        'are part of both sides (shell SQL written after the intake and query services).',
    },
  ];

  const rendererFacts: DatasetFacts =
    typeof renderer === 'string'
      ? { renderer }
      : {
          rendererRows: renderer.rows,
          rendererFirstPageMs: renderer.firstPageMs,
          rendererTotalMs: renderer.totalMs,
          rendererScrollMs: renderer.scrollMs,
          rendererFramesOver50ms: renderer.framesOver50ms,
          rendererBuildSeconds: renderer.buildSeconds,
        };
  if (typeof renderer !== 'string') {
    // The harness prints operation notes under the table: the renderer's figures go with the first page they explain.
    const firstPage = operations.find((op) => op.key === 'complaints.list.firstPage')!;
    firstPage.note +=
      ` Renderer (Chromium ${renderer.chromiumVersion}, browser host, register of ${renderer.rows.toLocaleString('en-US')} complaints): ` +
      `first page shown ${renderer.firstPageMs.toFixed(0)} ms after Alt+3, the total (second call) ${renderer.totalMs.toFixed(0)} ms after Alt+3; scrolling through all ${renderer.rows.toLocaleString('en-US')} rows ` +
      `${(renderer.scrollMs / 1000).toFixed(1)} s (a viewport at a time, each step waiting until its rows show data), ` +
      `${renderer.framesOver50ms} frames over 50 ms.`;
  } else {
    operations.find((op) => op.key === 'complaints.list.firstPage')!.note += ` Renderer: ${renderer}.`;
  }

  const dataset: DatasetFacts = {
    rows,
    firstDay: marker.firstDay,
    today: LAST_DAY,
    timeZone: OFFICE.timeZone,
    historyRows: marker.auditRows,
    links: marker.links,
    screenPageSize: SCREEN_PAGE_SIZE,
    searchMatchesMin: searchTotals[0] ?? 0,
    searchMatchesMedian: median(searchTotals),
    searchMatchesMax: searchTotals.at(-1) ?? 0,
    filteredMatchesMedian: median(filteredTotals),
    reused: main.reused,
    buildSeconds: marker.buildSeconds,
    builtAt: marker.builtAt,
    openSeconds: main.openSeconds,
    databaseMiB: Math.round(fs.statSync(path.join(main.dataDir, DATABASE_FILE_NAME)).size / 1024 ** 2),
    ...rendererFacts,
  };

  return {
    databaseFile: path.join(main.dataDir, DATABASE_FILE_NAME),
    dataset,
    operations,
    async teardown() {
      try {
        await removeBenchWrites(backend, marker);
      } finally {
        await main.close(options.keep);
      }
    },
  };
}
