import type { CallName, CallOutput } from '../contract/calls';
import type { FileDownload } from '../contract/file-download';
import type { PrintableCall } from './printable-calls';

/** The calls of the contract that hand back a file. */
export type FileDownloadCall = { [N in CallName]: CallOutput<N> extends FileDownload ? N : never }[CallName];

/**
 * A compile-time check only: fails the type check when PRINTABLE_CALLS names a call that
 * does not exist or does not return a file. Kept apart from printable-calls.ts, whose
 * list the contract's own type is built from.
 */
export type PrintableCallsReturnFiles = PrintableCall extends FileDownloadCall ? true : never;
export const PRINTABLE_CALLS_RETURN_FILES: PrintableCallsReturnFiles = true;
