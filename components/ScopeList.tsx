import { CopyButton } from './CopyButton';

/** A collapsible list of scope ids with a copy button, in the panel and the popup alike. */
export function ScopeList({
  title,
  ids,
  copyable = true,
  className,
}: {
  title: string;
  ids: string[];
  copyable?: boolean;
  className?: string;
}) {
  return (
    <details className={className}>
      <summary>
        {title} ({ids.length})
      </summary>
      {copyable && ids.length > 0 && <CopyButton text={ids.join('\n')} label={`Copy ${title.toLowerCase()}`} />}
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
