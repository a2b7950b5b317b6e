// `web-ext lint` on the Firefox build: no errors, and no warnings from our own code. The only
// warnings allowed are the UI library's (Preact) own innerHTML writes, and only while our sources never touch innerHTML.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const OUR_SOURCES = ['entrypoints', 'components', 'features', 'lib'];
const ALLOWED_LIBRARY_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(ts|tsx)$/.test(name)) yield full;
  }
}

const ownInnerHtml = OUR_SOURCES.flatMap((dir) => [...files(path.join(root, dir))]).filter((file) =>
  /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(file, 'utf8')),
);

let output;
try {
  output = execFileSync(
    path.join(root, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', path.join(root, '.output/firefox-mv2'), '--self-hosted', '--output', 'json'],
    { encoding: 'utf8' },
  );
} catch (error) {
  output = error.stdout; // web-ext exits non-zero on errors; the JSON still says which.
}
const report = JSON.parse(output);
const problems = [];
for (const e of report.errors) problems.push(`error ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of report.warnings) {
  const fromLibrary = ALLOWED_LIBRARY_WARNINGS.has(w.code) && ownInnerHtml.length === 0;
  if (!fromLibrary) problems.push(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
}
for (const file of ownInnerHtml) problems.push(`our source writes HTML: ${path.relative(root, file)}`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - problems.filter((p) => p.startsWith('warning')).length} from the UI library), ${report.summary.notices} notices`,
);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
