/**
 * pdfmake 0.3's Node entry point. @types/pdfmake (0.2) still describes the old
 * `new PdfPrinter(fonts)` class, which 0.3 no longer exports: `require('pdfmake')` now
 * returns a ready instance with setFonts/createPdf and resource-access policies. The
 * document shapes (TDocumentDefinitions …) did not change, so we keep using
 * `pdfmake/interfaces` for them and describe only the entry point here. An ambient module
 * declaration takes precedence over the @types package when resolving 'pdfmake'.
 */
declare module 'pdfmake' {
  import type { BufferOptions, CustomTableLayout, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

  interface PdfMakeOutputDocument {
    getBuffer(): Promise<Buffer>;
    getBase64(): Promise<string>;
    write(filename: string): Promise<void>;
  }

  /** pdfmake's in-memory files: a font path found here is read from memory, not from disk. */
  interface PdfMakeVirtualFs {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Buffer): void;
  }

  interface PdfMakeServer {
    virtualfs: PdfMakeVirtualFs;
    setFonts(fonts: TFontDictionary): void;
    addFonts(fonts: TFontDictionary): void;
    /** Called for every http(s) URL of a font or image; anything but `true` refuses the download. */
    setUrlAccessPolicy(callback: ((url: string) => boolean) | undefined): void;
    /** Called for every local file path of a font, image or attachment; anything but `true` refuses it. */
    setLocalAccessPolicy(callback: ((path: string) => boolean) | undefined): void;
    addTableLayouts(layouts: Record<string, CustomTableLayout>): void;
    createPdf(docDefinition: TDocumentDefinitions, options?: BufferOptions): PdfMakeOutputDocument;
  }

  const pdfmake: PdfMakeServer;
  export = pdfmake;
}
