/**
 * `npm run check:content [-- <folder>]`: check every content file without building the site.
 * Prints each problem as `file:line:column  field  what is wrong  how to fix it`; exits 1 if any.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/index.ts';
import { formatReport } from '../src/lib/problems.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { corpus, problems } = checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(formatReport(problems));
  console.error('Nothing is published until every problem above is fixed.');
  process.exit(1);
}
const counts = Object.entries(corpus)
  .map(([name, entries]) => `${entries.length} ${name}`)
  .join(', ');
console.log(`Content is valid: ${counts} (checked in ${seconds} s).`);
