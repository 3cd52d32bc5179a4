/**
 * `npm run new -- <article|claim|quote|source|event> [--flag value ...]`: write one new content file
 * with the right id, every field explained in a comment, and the answers already checked against
 * the content (ids that exist, words that are in the article). In a terminal it asks; from a script
 * or a test every answer comes from flags. It never overwrites a file. See docs/editing-guide.md.
 */
import { createInterface } from 'node:readline/promises';
import { runNew, type Io } from '../src/content/scaffold.ts';

const interactive = Boolean(process.stdin.isTTY);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
rl?.on('SIGINT', () => {
  console.log('\nStopped. Nothing was written.');
  process.exit(130);
});

const io: Io = {
  interactive,
  // Not trimmed here: a prefix or suffix may begin or end with a space that matters.
  ask: async (question) => (rl ? await rl.question(question) : ''),
  say: (line) => console.log(line),
};

try {
  process.exitCode = await runNew(process.argv.slice(2), io);
} catch (error) {
  // Never a stack trace for an editor: say what happened and that nothing was written.
  console.error(
    `Nothing was written: ${error instanceof Error ? error.message : String(error)}. If this keeps happening, report this message to the developers.`,
  );
  process.exitCode = 2;
} finally {
  rl?.close();
}
