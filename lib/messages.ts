import { z } from 'zod';
import { CREDENTIAL_KEYS } from './credentials';
import { type Site, siteOfUrl } from './origins';
import { SCOPE_ID_PATTERN } from './scopes/catalog';
import { STEP_IDS } from './steps';

export const credentialKeySchema = z.enum(CREDENTIAL_KEYS);
const credentialValue = z.string().max(512);
export const partialCredentialsSchema = z
  .object({ accountId: credentialValue, clientId: credentialValue, clientSecret: credentialValue, secretToken: credentialValue })
  .partial()
  .strict();
const scopeList = z.array(z.string().regex(SCOPE_ID_PATTERN, 'not a Zoom scope id')).max(5000);

/** Every message that crosses a context boundary. Anything else is dropped unread. */
export const messageSchema = z.discriminatedUnion('type', [
  // Zoom content script → background (sender must be a Zoom page)
  z.object({ type: z.literal('credentials:capture'), values: partialCredentialsSchema }).strict(),
  z.object({ type: z.literal('scopes:observed'), granted: scopeList, notGranted: scopeList, complete: z.boolean() }).strict(),
  z.object({ type: z.literal('step:seen'), step: z.enum(STEP_IDS), done: z.boolean() }).strict(),
  // Brightmetrics content script → background (sender must be a Brightmetrics page)
  z.object({ type: z.literal('credentials:for-fill') }).strict(),
  z.object({ type: z.literal('diagnostics:missing'), scopes: scopeList }).strict(),
  // popup → background (sender must be our own extension page)
  z.object({ type: z.literal('credentials:status') }).strict(),
  z.object({ type: z.literal('credentials:reveal'), key: credentialKeySchema }).strict(),
  z.object({ type: z.literal('credentials:paste'), values: partialCredentialsSchema }).strict(),
  z.object({ type: z.literal('credentials:clear') }).strict(),
  z.object({ type: z.literal('brightmetrics:send'), allowWarnings: z.boolean().optional() }).strict(),
]);
export type Message = z.infer<typeof messageSchema>;
export type { Site };
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

const ALLOWED_SITES: Record<MessageType, readonly Site[]> = {
  'credentials:capture': ['zoom'],
  'scopes:observed': ['zoom'],
  'step:seen': ['zoom', 'brightmetrics'],
  'credentials:for-fill': ['brightmetrics'],
  'diagnostics:missing': ['brightmetrics'],
  'credentials:status': ['extension'],
  'credentials:reveal': ['extension'],
  'credentials:paste': ['extension'],
  'credentials:clear': ['extension'],
  'brightmetrics:send': ['extension'],
};

export interface SenderInfo {
  id?: string;
  url?: string;
  /** Present for content scripts; `frameId` 0 is the top frame. */
  frameId?: number;
  tab?: { id?: number };
}

export type Accepted = { ok: true; message: Message; site: Site } | { ok: false; error: string };

/** Parses a raw message and checks that its sender may send it. */
export function acceptMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Accepted {
  if (sender.id !== extensionId) return { ok: false, error: 'message from another extension' };
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed message' };
  const site = siteOfUrl(sender.url, extensionOrigin);
  if (!site || !ALLOWED_SITES[parsed.data.type].includes(site)) {
    return { ok: false, error: `${parsed.data.type} is not accepted from this page` };
  }
  if (site !== 'extension' && (sender.frameId ?? 0) !== 0) return { ok: false, error: 'message from a sub-frame' };
  return { ok: true, message: parsed.data, site };
}
