import { useState } from 'react';
import { CREDENTIAL_FORMATS, CREDENTIAL_KEYS, type CredentialKey, checkCredential } from '@/lib/credentials';
import { type CredentialStatus, send } from '@/lib/messaging';

interface Props {
  statuses: CredentialStatus[];
  onChanged: () => void;
}

function CredentialRow({ status }: { status: CredentialStatus }) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const label = CREDENTIAL_FORMATS[status.key].label;
  const fetchValue = async () => {
    const reply = await send({ type: 'credentials:reveal', key: status.key });
    if (!reply.ok) {
      setNote(reply.error);
      return null;
    }
    return reply.value;
  };
  return (
    <li className="credential" data-bm-credential={status.key} {...(status.present ? { 'data-bm-valid': String(status.valid) } : {})}>
      <span className="name">{label}</span>
      <code className="value">{status.present ? (revealed ?? status.masked) : 'not saved'}</code>
      {status.present && (
        <span className="buttons">
          <button
            type="button"
            className="small secondary"
            aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label}`}
            onClick={async () => setRevealed(revealed ? null : await fetchValue())}
          >
            {revealed ? 'Hide' : 'Reveal'}
          </button>
          <button
            type="button"
            className="small secondary"
            aria-label={`Copy ${label}`}
            onClick={async () => {
              const value = await fetchValue();
              if (value) {
                await navigator.clipboard.writeText(value);
                setNote('Copied.');
              }
            }}
          >
            Copy
          </button>
        </span>
      )}
      {status.present && !status.valid && (
        <p className="problem" role="alert">
          {status.problems.join(' ')}
        </p>
      )}
      {note && (
        <p className="note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}

export function CredentialList({ statuses }: { statuses: CredentialStatus[] }) {
  return (
    <ul className="credentials">
      {statuses.map((s) => (
        <CredentialRow key={s.key} status={s} />
      ))}
    </ul>
  );
}

export function PasteForm({ onChanged }: Props) {
  const [values, setValues] = useState<Partial<Record<CredentialKey, string>>>({});
  const [message, setMessage] = useState('');
  const entered = CREDENTIAL_KEYS.filter((k) => (values[k] ?? '') !== '');
  return (
    <form
      className="paste"
      onSubmit={async (event) => {
        event.preventDefault();
        const toSave = Object.fromEntries(entered.map((k) => [k, values[k] ?? '']));
        const reply = await send({ type: 'credentials:paste', values: toSave });
        if (!reply.ok) setMessage(reply.error);
        else {
          setMessage(`Saved ${reply.saved.length}${reply.invalid.length ? `, ${reply.invalid.length} with problems` : ''}.`);
          setValues({});
          onChanged();
        }
      }}
    >
      {CREDENTIAL_KEYS.map((key) => {
        const raw = values[key] ?? '';
        const check = raw ? checkCredential(key, raw) : undefined;
        const id = `paste-${key}`;
        return (
          <div key={key} className="field">
            <label htmlFor={id}>{CREDENTIAL_FORMATS[key].label}</label>
            <input
              id={id}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={raw}
              aria-invalid={check ? !check.valid : undefined}
              aria-describedby={check && !check.valid ? `${id}-problem` : undefined}
              onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            />
            {check && !check.valid && (
              <p id={`${id}-problem`} className="problem">
                {check.problems.join(' ')}
                {check.cleaned && (
                  <button type="button" className="small secondary" onClick={() => setValues({ ...values, [key]: check.cleaned })}>
                    Remove hidden characters
                  </button>
                )}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="secondary" disabled={entered.length === 0}>
        Save pasted values
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
