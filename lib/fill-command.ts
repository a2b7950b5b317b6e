import * as z from 'zod/mini';
import { CREDENTIAL_KEYS } from './credentials';

// zod/mini: these two schemas are the only validation the Brightmetrics content script needs, and
// the full zod would double its size.
const key = z.enum(CREDENTIAL_KEYS);
const value = z.string().check(z.maxLength(512));

/** background → Brightmetrics tab: fill the dialog with these values. */
export const fillCommandSchema = z.strictObject({
  type: z.literal('brightmetrics:fill'),
  values: z.strictObject({ accountId: value, clientId: value, clientSecret: value, secretToken: value }),
});
export type FillCommand = z.infer<typeof fillCommandSchema>;

/** Brightmetrics tab → background: what was filled. */
export const fillReportSchema = z.object({
  filled: z.array(key),
  failed: z.array(z.object({ key, reason: z.string().check(z.maxLength(300)) })),
});
export type FillReport = z.infer<typeof fillReportSchema>;
