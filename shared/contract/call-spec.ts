import { z } from '../validation/zod-indonesian';

/**
 * One call of the contract: the schema of its input (used by the form for instant feedback
 * and by the main process as the authority) and, as a phantom type, its output.
 */
export interface CallSpec<S extends z.ZodType, O> {
  input: S;
  output?: O;
  /** Largest envelope accepted for this call, serialised; MAX_ENVELOPE_BYTES when absent. */
  maxBytes?: number;
}

export const call =
  <O>() =>
  <S extends z.ZodType>(input: S, options: { maxBytes?: number } = {}): CallSpec<S, O> => ({ input, ...options });

/** The input of a call that takes nothing. */
export const none = z.object({}).strict();
