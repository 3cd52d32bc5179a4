/**
 * `npm run coverage [-- <article-id>] [--root <folder>]`: per article, how many sentences a claim,
 * quote or event covers, and each sentence still left, with the line of the article file it is on.
 * Coverage is information, not a rule: it exits 0 whatever the count (1 only for an unknown id).
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { coverageOf, formatCoverage } from '../src/content/coverage-report.ts';
import { suggest } from '../src/content/zod-problems.ts';

try {
  const { values, positionals } = parseArgs({ options: { root: { type: 'string' } }, allowPositionals: true });
  const root = resolve(values.root ?? '.');
  const result = checkContent(root);
  const { problems } = result;
  if (problems.length > 0) {
    console.log(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} (see \`npm run check:content\`); records with problems are not counted until they are fixed.\n`,
    );
  }
  let report = coverageOf(result);
  const [wanted] = positionals;
  if (wanted !== undefined) {
    report = report.filter((article) => article.id === wanted);
    if (report.length === 0) {
      const guess = suggest(
        wanted,
        result.corpus.articles.map((article) => article.id),
      );
      console.error(
        `There is no article \`${wanted}\`.${guess ? ` Did you mean \`${guess}\`?` : ''} The articles are: ${result.corpus.articles.map((article) => article.id).join(', ') || 'none yet'}.`,
      );
      process.exit(1);
    }
  }
  console.log(report.length > 0 ? formatCoverage(report) : 'There are no articles yet: add one with `npm run new -- article`.');
} catch (error) {
  console.error(`The coverage could not be worked out: ${error instanceof Error ? error.message : String(error)}. Run \`npm run check:content\` first.`);
  process.exit(2);
}
