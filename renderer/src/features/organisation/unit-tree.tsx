import type { OrgUnit } from '../../../../shared/organisation/organisation';

interface UnitTreeProps {
  units: OrgUnit[];
  selectedId: number | null;
  onSelect(id: number): void;
}

/** The units as a nested list; each is a button, so Tab and Enter walk the tree. */
export function UnitTree({ units, selectedId, onSelect }: UnitTreeProps) {
  const children = (parentId: number | null) => units.filter((u) => u.parentId === parentId);
  const branch = (parentId: number | null, depth: number) => {
    const list = children(parentId);
    if (list.length === 0) return null;
    return (
      <ul className={depth === 0 ? 'org-tree' : 'org-tree__children'} role={depth === 0 ? 'tree' : 'group'} aria-label={depth === 0 ? 'Unit kerja' : undefined}>
        {list.map((u) => (
          <li key={u.id} role="treeitem" aria-selected={u.id === selectedId} aria-expanded={children(u.id).length > 0 ? true : undefined}>
            <button type="button" className={`org-tree__unit${u.id === selectedId ? ' org-tree__unit--selected' : ''}${u.active ? '' : ' org-row--inactive'}`} onClick={() => onSelect(u.id)}>
              {u.name}
              {u.code ? <span className="org-tree__code">{u.code}</span> : null}
            </button>
            {branch(u.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return branch(null, 0) ?? <p className="muted">Belum ada unit kerja. Mulailah dengan unit puncak (nama kantor).</p>;
}
