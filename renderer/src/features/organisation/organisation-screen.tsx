import { useState } from 'react';
import { formatLongDay } from '../../../../shared/time/indonesian-dates';
import { useSession } from '../../app/session-context';
import { AccountsPanel } from './accounts-panel';
import { PositionsPanel } from './positions-panel';
import { UnitDialog } from './unit-dialog';
import { UnitTree } from './unit-tree';
import { useOrgChart } from './use-org-chart';
import './organisation.css';

/**
 * Organisasi (Alt+6): the unit tree, the positions of the chosen unit with their holders
 * and acting officials, and — for administrators — the staff accounts.
 */
export function OrganisationScreen() {
  const { info } = useSession();
  const isAdmin = info.user.isAdmin;
  const { chart, accounts, error, reload } = useOrgChart(isAdmin);
  const [tab, setTab] = useState<'struktur' | 'akun'>('struktur');
  const [selected, setSelected] = useState<number | null>(null);
  const [unitDialog, setUnitDialog] = useState<'new' | 'edit' | null>(null);

  if (error) return <div className="notice notice--error" role="alert">{error}</div>;
  if (!chart) return <p className="muted">Memuat struktur organisasi…</p>;
  const unit = chart.units.find((u) => u.id === (selected ?? chart.units[0]?.id)) ?? null;

  return (
    <div className="organisation">
      <div className="org-tabs" role="tablist" aria-label="Organisasi">
        <button type="button" role="tab" aria-selected={tab === 'struktur'} className={`org-tab${tab === 'struktur' ? ' org-tab--active' : ''}`} onClick={() => setTab('struktur')}>Struktur organisasi</button>
        {isAdmin ? <button type="button" role="tab" aria-selected={tab === 'akun'} className={`org-tab${tab === 'akun' ? ' org-tab--active' : ''}`} onClick={() => setTab('akun')}>Akun pengguna ({accounts.length})</button> : null}
        <span className="muted org-tabs__date">Pejabat per {formatLongDay(chart.date)}</span>
      </div>
      {tab === 'akun' && isAdmin ? (
        <AccountsPanel accounts={accounts} positions={chart.positions} onChanged={() => void reload()} />
      ) : (
        <div className="org-layout">
          <section className="panel" aria-label="Unit kerja">
            <div className="panel__header">
              <h2>Unit kerja</h2>
              {isAdmin ? (
                <div className="panel__tools">
                  <button type="button" className="button" onClick={() => setUnitDialog('new')}>Unit baru</button>
                  {unit ? <button type="button" className="button" onClick={() => setUnitDialog('edit')}>Ubah unit</button> : null}
                </div>
              ) : null}
            </div>
            <UnitTree units={chart.units} selectedId={unit?.id ?? null} onSelect={setSelected} />
          </section>
          {unit ? <PositionsPanel chart={chart} unit={unit} isAdmin={isAdmin} onChanged={() => void reload()} /> : <div />}
        </div>
      )}
      {unitDialog ? (
        <UnitDialog
          unit={unitDialog === 'edit' ? unit : null}
          parentId={unitDialog === 'new' ? unit?.id ?? null : null}
          units={chart.units}
          onClose={() => setUnitDialog(null)}
          onSaved={() => { setUnitDialog(null); void reload(); }}
        />
      ) : null}
    </div>
  );
}
