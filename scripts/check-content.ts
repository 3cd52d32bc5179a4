/**
 * `npm run check:content [-- <folder>]`: check every content file without building the site.
 * Prints each problem as `file:line:column  field  what is wrong  how to fix it`; exits 1 if any.
 * Warnings print the same way, marked `warning`, and never change the exit code.
 * The build runs the very same check (src/content/loader.ts), so a clean run here means the
 * content will not stop the build.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { formatReport, formatWarnings } from '../src/content/problems.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
let result: ReturnType<typeof checkContent>;
try {
  result = checkContent(root);
} catch (error) {
  // The checker turns each file's surprises into problems; this is the last net, and never a stack trace.
  console.error(
    `The content check could not finish reading \`${resolve(root, 'content')}\`: ${error instanceof Error ? error.message : String(error)}.\n` +
      'Check that the folder exists and can be read. If it can, this is a fault in the checker: report this message to the developers.',
  );
  process.exit(2);
}
const { corpus, problems, warnings } = result;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Warnings go to standard output: they are information, and a script reading errors sees only errors.
if (warnings.length > 0) console.log(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatReport(problems));
  console.error('Nothing is published until every problem above is fixed. What each message means: docs/editing-guide.md#when-the-check-fails');
  process.exit(1);
}
const counts = Object.entries(corpus)
  // Story records are optional: counted once there are any.
  .filter(([name, entries]) => name !== 'stories' || entries.length > 0)
  .map(([name, entries]) => `${entries.length} ${entries.length === 1 ? name.replace(/ies$/, 'y').replace(/s$/, '') : name}`)
  .join(', ');
const noted = warnings.length > 0 ? `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above` : '';
console.log(`Content is valid: ${counts} (checked in ${seconds} s${noted}).`);
