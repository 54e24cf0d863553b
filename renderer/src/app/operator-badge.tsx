import { useState } from 'react';
import { currentOperator, setOperator } from '../api/operator';

/** The clerk on duty, named once per PC; their name goes into every recorded change. */
export function OperatorBadge() {
  const [name, setName] = useState(currentOperator());
  return (
    <label className="operator">
      <span>Petugas</span>
      <input
        id="operator-name"
        value={name}
        placeholder="Ketik nama Anda"
        maxLength={80}
        onChange={(e) => {
          setName(e.target.value);
          setOperator(e.target.value);
        }}
        className={name.trim() === '' ? 'operator--missing' : undefined}
      />
    </label>
  );
}
