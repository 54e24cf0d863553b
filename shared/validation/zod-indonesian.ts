import { z } from 'zod';

// Zod's own messages (wrong type, missing field) in Bahasa Indonesia, for the cases our
// schemas do not word themselves. Imported by the contract so both processes get it.
z.config(z.locales.id());

export { z };
