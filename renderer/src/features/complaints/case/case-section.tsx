import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  /** Buttons at the right of the section's title ("Buka identitas…", "Tautkan…"). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** One titled block of the case page; its heading names it for screen readers and tests. */
export function CaseSection({ id, title, actions, children, className }: Props) {
  return (
    <section className={`panel case-section${className ? ' ' + className : ''}`} aria-labelledby={`${id}-title`}>
      <header className="case-section__header">
        <h3 id={`${id}-title`}>{title}</h3>
        {actions ? <div className="case-section__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}

/** Label/value pairs; an empty value shows "—" so a clerk sees the field was not given. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="facts case-facts">
      {items.map(([label, value]) => (
        <div key={label} className="case-facts__row">
          <dt>{label}</dt>
          <dd>{value === '' || value === null || value === undefined ? <span className="muted">—</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
