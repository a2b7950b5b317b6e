import type { CredentialKey } from './credentials';
import type { FillReport } from './fill-command';
import type { Message, MessageOf } from './messages';

export interface CredentialStatus {
  key: CredentialKey;
  present: boolean;
  masked: string;
  valid: boolean;
  problems: string[];
  cleaned?: boolean;
}

export type Reply<T = object> = ({ ok: true } & T) | { ok: false; error: string };

export interface Replies {
  'credentials:capture': Reply<{ saved: CredentialKey[]; invalid: Array<{ key: CredentialKey; problems: string[] }> }>;
  'scopes:observed': Reply;
  'step:seen': Reply;
  'credentials:for-fill': Reply<{ values: Record<CredentialKey, string> }>;
  'diagnostics:missing': Reply<{ stored: number }>;
  'credentials:status': Reply<{ credentials: CredentialStatus[]; sessionEmpty: boolean }>;
  'credentials:reveal': Reply<{ value: string }>;
  'credentials:paste': Reply<{ saved: CredentialKey[]; invalid: Array<{ key: CredentialKey; problems: string[] }> }>;
  'credentials:clear': Reply;
  'brightmetrics:send': Reply<{ report: FillReport; tabId: number }>;
}

/** Sends a message to the background and returns its typed reply; a dead background reads as an error. */
export async function send<T extends Message['type']>(message: MessageOf<T>): Promise<Replies[T]> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Replies[T] | undefined;
    return reply ?? ({ ok: false, error: 'No answer from the extension.' } as Replies[T]);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as Replies[T];
  }
}
