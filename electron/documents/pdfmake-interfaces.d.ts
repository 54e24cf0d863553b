/**
 * What pdfmake 0.3 added to the document format that @types/pdfmake (0.2) does not know yet.
 * A module augmentation, so this file must itself be a module (hence the empty export).
 */
export {};

declare module 'pdfmake/interfaces' {
  interface TableCellProperties {
    /** pdfmake ≥ 0.3: vertical position of the cell content within its row. */
    verticalAlignment?: 'top' | 'middle' | 'bottom' | undefined;
  }
}
