import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ComplaintDetail } from '../../../../../shared/complaints/complaint';
import type { ComplaintStatus } from '../../../../../shared/complaints/complaint-enums';
import { call } from '../../../api/client';
import { StatusPill } from '../shared/status-pill';
import { useInitialFocus } from '../shared/use-initial-focus';

/** A complaint the clerk may pick as the other side of a link or merge. */
export interface PickCandidate {
  id: number;
  registerNumber: string;
  subject: string;
  status: ComplaintStatus;
  /** Why it is offered: "kode pelacakan", "isi aduan mirip"… */
  why: string;
}

interface Props {
  /** The case being worked on: never offered, and its data seeds the suggestions. */
  current: ComplaintDetail;
  picked: PickCandidate | null;
  onPick(candidate: PickCandidate | null): void;
}

/** An ID may be a single digit; anything else needs two characters, as complaints.find does. */
const searchable = (q: string) => /^\d+$/.test(q) || q.length >= 2;

const exactFirst = (q: string) => (a: PickCandidate, b: PickCandidate) => {
  const exact = (c: PickCandidate) => (c.registerNumber.toLowerCase() === q.toLowerCase() || String(c.id) === q ? 0 : 1);
  return exact(a) - exact(b);
};

/**
 * Finds the other complaint by what the clerk has at hand: its ID, its tracking code, the
 * complainant's phone, NIK or name, or words of its subject. Likely duplicates of the
 * current case are offered before anything is typed.
 */
export function ComplaintPicker({ current, picked, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<PickCandidate[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searched, setSearched] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useInitialFocus(input);

  useEffect(() => {
    // A masked identity would only match by accident: suggest from the text alone then.
    const identity = current.identityMasked ? { name: '', phone: '', nik: '' }
      : { name: current.complainant.name, phone: current.complainant.phone, nik: current.complainant.nik };
    void call('complaints.suggestDuplicates', { complainant: identity, subject: current.subject, description: current.description }).then((r) => {
      if (!r.ok) return;
      setCandidates((now) => now ?? r.value.filter((c) => c.id !== current.id).map((c) => ({ ...c, why: `mungkin sama: ${c.reason}` })));
    });
  }, [current]);

  async function search(e: FormEvent) {
    e.preventDefault();
    e.stopPropagation();
    const q = query.trim();
    if (!searchable(q)) return;
    setSearching(true);
    const found = new Map<number, PickCandidate>();
    const add = (c: PickCandidate) => {
      if (c.id !== current.id && !found.has(c.id)) found.set(c.id, c);
    };
    const [byId, byFind, byText] = await Promise.all([
      /^\d{1,9}$/.test(q) ? call('complaints.get', { id: Number(q) }) : null,
      q.length >= 2 ? call('complaints.find', { query: q }) : null,
      /\p{L}{3,}/u.test(q) ? call('complaints.list', { filter: { query: q }, limit: 10 }) : null,
    ]);
    if (byId?.ok) add({ ...byId.value, why: 'ID' });
    if (byFind?.ok) for (const h of byFind.value) add({ ...h, why: h.matchedBy });
    if (byText?.ok) for (const r of byText.value.rows) add({ ...r, why: 'isi aduan' });
    const list = [...found.values()].sort(exactFirst(q));
    setCandidates(list);
    setSearched(q);
    setSearching(false);
    onPick(list.length === 1 ? list[0]! : null);
  }

  return (
    <div className="complaint-picker">
      <form className="complaint-picker__search" onSubmit={search} role="search" aria-label="Cari pengaduan lain">
        <div className="field">
          <label htmlFor="picker-query">Nomor ID, kode pelacakan, nama/telepon/NIK pelapor, atau kata pokok aduan</label>
          <input id="picker-query" value={query} onChange={(e) => setQuery(e.target.value)} ref={input} autoComplete="off" maxLength={120} />
        </div>
        <button type="submit" className="button" disabled={searching || !searchable(query.trim())}>{searching ? 'Mencari…' : 'Cari'}</button>
      </form>
      {candidates === null ? (
        <p className="muted case-note">Mencari pengaduan yang mungkin sama…</p>
      ) : candidates.length === 0 ? (
        <p className="muted case-note">
          {searched ? `Tidak ada pengaduan yang cocok dengan “${searched}”.` : 'Tidak ada pengaduan yang mirip. Cari dengan kotak di atas.'}
        </p>
      ) : (
        <div className="complaint-picker__list" role="radiogroup" aria-label={searched ? 'Hasil pencarian' : 'Pengaduan yang mungkin sama'}>
          {candidates.map((c) => (
            <label key={c.id} className={`complaint-picker__option${picked?.id === c.id ? ' complaint-picker__option--picked' : ''}`}>
              <input type="radio" name="picker" checked={picked?.id === c.id} onChange={() => onPick(c)} />
              <span className="complaint-picker__number">{c.registerNumber}</span>
              <span className="complaint-picker__subject">{c.subject}</span>
              <StatusPill status={c.status} />
              <span className="muted complaint-picker__why">{c.why}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
