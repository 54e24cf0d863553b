const OPERATOR_KEY = 'meja.operator';

/**
 * The clerk on duty at this desk, named once and remembered on this PC; every change is
 * recorded under this name until staff accounts arrive with the organisation chart.
 */
export function currentOperator(): string {
  return localStorage.getItem(OPERATOR_KEY) ?? '';
}

export function setOperator(name: string): void {
  localStorage.setItem(OPERATOR_KEY, name.trim());
}
