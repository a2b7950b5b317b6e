import { type FieldSpec, findFields } from './fields';
import { type FillOutcome, setFieldValue } from './fill';

export type FieldReport = { key: string; outcome: FillOutcome | 'not-found' | 'conflict'; label: string };

/**
 * Fills the fields named by `specs` inside `root` with `values`. A field already holding another
 * non-empty value is left alone (reported as a conflict) unless `replace` is set.
 */
export function fillForm<K extends string>(
  root: ParentNode,
  specs: Readonly<Record<K, FieldSpec>>,
  values: Readonly<Record<K, string>>,
  labels: Readonly<Record<K, string>>,
  options: { replace?: boolean; minScore?: number } = {},
): FieldReport[] {
  const found = findFields(root, specs);
  return (Object.keys(values) as K[]).map((key) => {
    const field = found[key];
    const label = labels[key];
    if (!field || field.score < (options.minScore ?? 40)) return { key, outcome: 'not-found', label };
    const current = field.element.value.trim();
    if (current && current !== values[key] && !options.replace) return { key, outcome: 'conflict', label };
    return { key, outcome: setFieldValue(field.element, values[key]), label };
  });
}

const FAILURE: Partial<Record<FieldReport['outcome'], string>> = {
  'not-found': 'not found',
  conflict: 'already holds another value',
  readonly: 'is read-only',
  rejected: 'did not keep the value',
};

/** Why a field was not filled, or undefined when it was. */
export function fillFailure(report: FieldReport): string | undefined {
  return FAILURE[report.outcome];
}

export function summarizeFill(reports: readonly FieldReport[]): string {
  const ok = reports.filter((r) => !fillFailure(r));
  const parts = [`Filled ${ok.length} of ${reports.length}`];
  for (const r of reports) {
    const why = fillFailure(r);
    if (why) parts.push(`${r.label} ${why}`);
  }
  return `${parts.join('; ')}.`;
}
