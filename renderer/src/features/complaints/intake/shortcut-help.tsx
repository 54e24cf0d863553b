/** The keys of this screen, in view while the clerk learns them. */
export function ShortcutHelp() {
  return (
    <section className="panel intake-help" aria-labelledby="intake-help-title">
      <h3 id="intake-help-title">Papan ketik</h3>
      <dl className="intake-help__keys">
        <dt><kbd>1</kbd>–<kbd>0</kbd></dt>
        <dd>pilih saluran (saat kursor di Saluran)</dd>
        <dt><kbd>←</kbd> <kbd>→</kbd></dt>
        <dd>pindah pilihan dalam satu kelompok</dd>
        <dt><kbd>Tab</kbd></dt>
        <dd>isian berikutnya</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt>
        <dd>simpan pengaduan</dd>
      </dl>
      <p className="field__hint">Isian tersimpan otomatis di komputer ini: bila terputus, lanjutkan saja nanti.</p>
    </section>
  );
}
