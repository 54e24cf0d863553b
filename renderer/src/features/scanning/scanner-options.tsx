import { useCallback, useEffect, useState } from 'react';
import {
  COLOUR_MODE_LABELS,
  SCAN_SOURCE_LABELS,
  type ColourMode,
  type ScannerCapabilities,
  type ScannerDeviceList,
  type ScanSource,
} from '../../../../shared/scanning/scanning';
import type { StartScanInput } from '../../../../shared/scanning/scanning-schemas';
import { call } from '../../api/client';
import { Field } from '../../components/field';

const REMEMBERED = 'meja.scan.options';
/** About as many characters as the device select shows at the dialog's width. */
const LABEL_FITS = 26;

export type ScanChoice = Omit<StartScanInput, 'sessionId'>;

interface Props {
  disabled: boolean;
  onChange(choice: ScanChoice | null): void;
}

function remembered(): Partial<ScanChoice> {
  try {
    return JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as Partial<ScanChoice>;
  } catch {
    return {};
  }
}

/**
 * The scanner and how to scan: device, resolution, colour, flatbed or feeder (with duplex
 * and a page limit where the device has them). The last choice is remembered on this PC.
 */
export function ScannerOptions({ disabled, onChange }: Props) {
  const [list, setList] = useState<ScannerDeviceList | null>(null);
  const [caps, setCaps] = useState<ScannerCapabilities | null>(null);
  const [choice, setChoice] = useState<ScanChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = useCallback(async (deviceId: string) => {
    setCaps(null);
    setChoice(null);
    setProblem(null);
    const r = await call('scanner.capabilities', { deviceId });
    if (!r.ok) return setProblem(r.error.message);
    const c = r.value;
    const last = remembered();
    const same = last.deviceId === deviceId;
    setCaps(c);
    setChoice({
      deviceId,
      resolution: same && last.resolution && c.resolutions.includes(last.resolution) ? last.resolution : c.defaults.resolution,
      colourMode: same && last.colourMode && c.colourModes.includes(last.colourMode) ? last.colourMode : c.defaults.colourMode,
      source: same && last.source && c.sources.includes(last.source) ? last.source : c.defaults.source,
      duplex: same && c.duplex ? (last.duplex ?? false) : false,
    });
  }, []);

  const load = useCallback(async () => {
    setList(null);
    setCaps(null);
    setChoice(null);
    const r = await call('scanner.devices', {});
    if (!r.ok) return setProblem(r.error.message);
    setList(r.value);
    const last = remembered().deviceId;
    const first = r.value.devices.find((d) => d.id === last) ?? r.value.devices[0];
    if (first) await pick(first.id);
  }, [pick]);

  useEffect(() => void load(), [load]);
  useEffect(() => {
    onChange(choice);
    if (choice) localStorage.setItem(REMEMBERED, JSON.stringify({ ...choice, maxPages: undefined }));
  }, [choice, onChange]);

  const set = (patch: Partial<ScanChoice>) => setChoice((c) => (c ? { ...c, ...patch } : c));

  if (!list) return <p className="muted scan-options__loading" role="status">{problem ?? 'Mencari pemindai…'}</p>;
  const deviceId = choice?.deviceId ?? caps?.deviceId ?? '';
  const deviceLabel = list.devices.find((d) => d.id === deviceId)?.label ?? '';
  // The narrow select cuts a long name ("Canon LiDE 300 (pixma:04A91913)"): it is spelled out below.
  const hint = list.devices.length === 0 ? list.notes.join(' ') : deviceLabel.length > LABEL_FITS ? deviceLabel : undefined;
  return (
    <div className="scan-options" aria-label="Pilihan pemindai">
      <Field id="scan-device" label="Pemindai" wide error={problem ?? undefined} hint={hint}>
        <span className="scan-options__device">
          <select id="scan-device" value={deviceId} title={deviceLabel} disabled={disabled || list.devices.length === 0}
            onChange={(e) => void pick(e.target.value)}>
            {list.devices.length === 0 ? <option value="">Tidak ada pemindai</option> : null}
            {list.devices.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
          <button type="button" className="button" disabled={disabled} onClick={() => void load()}>Muat ulang</button>
        </span>
      </Field>
      {caps && choice ? (
        <>
          <Field id="scan-source" label="Sumber kertas">
            <select id="scan-source" value={choice.source} disabled={disabled} onChange={(e) => set({ source: e.target.value as ScanSource })}>
              {caps.sources.map((s) => <option key={s} value={s}>{SCAN_SOURCE_LABELS[s]}</option>)}
            </select>
          </Field>
          <Field id="scan-resolution" label="Resolusi">
            <select id="scan-resolution" value={choice.resolution} disabled={disabled} onChange={(e) => set({ resolution: Number(e.target.value) })}>
              {caps.resolutions.map((r) => <option key={r} value={r}>{r} dpi{r === 300 ? ' (disarankan)' : ''}</option>)}
            </select>
          </Field>
          <Field id="scan-colour" label="Warna">
            <select id="scan-colour" value={choice.colourMode} disabled={disabled} onChange={(e) => set({ colourMode: e.target.value as ColourMode })}>
              {caps.colourModes.map((m) => <option key={m} value={m}>{COLOUR_MODE_LABELS[m]}</option>)}
            </select>
          </Field>
          {choice.source === 'adf' ? (
            <Field id="scan-max" label="Paling banyak (halaman)" hint="Kosongkan untuk semua kertas di pengumpan.">
              <input id="scan-max" type="number" min={1} max={300} value={choice.maxPages ?? ''} disabled={disabled}
                onChange={(e) => set({ maxPages: e.target.value === '' ? undefined : Math.max(1, Math.min(300, Number(e.target.value))) })} />
            </Field>
          ) : null}
          {choice.source === 'adf' && caps.duplex ? (
            <label className="scan-options__check">
              <input type="checkbox" checked={choice.duplex} disabled={disabled} onChange={(e) => set({ duplex: e.target.checked })} /> Bolak-balik (dupleks)
            </label>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
