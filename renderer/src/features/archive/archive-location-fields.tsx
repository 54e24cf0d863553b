import { LOCATION_FIELDS, LOCATION_LABELS } from '../../../../shared/archive/archive-enums';
import type { ArchiveLocation } from '../../../../shared/archive/archive-records';
import { Field } from '../../components/field';

const HINTS: Record<keyof ArchiveLocation, string> = {
  building: 'mis. Gedung A', room: 'mis. Ruang Arsip', cabinet: 'nomor lemari', shelf: 'nomor rak', box: 'nomor boks', folder: 'nomor map',
};

/** Where the paper file goes, from the building down to the folder, on one row. */
export function ArchiveLocationFields({ value, onChange, errors }: { value: ArchiveLocation; onChange(next: ArchiveLocation): void; errors: Record<string, string> }) {
  return (
    <fieldset className="archive-location">
      <legend>Lokasi berkas fisik</legend>
      <div className="archive-location__grid">
        {LOCATION_FIELDS.map((f) => (
          <Field key={f} id={`archive-location-${f}`} label={LOCATION_LABELS[f]} error={errors[`location.${f}`]}>
            <input id={`archive-location-${f}`} value={value[f]} placeholder={HINTS[f]} maxLength={60}
              onChange={(e) => onChange({ ...value, [f]: e.target.value })} />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
