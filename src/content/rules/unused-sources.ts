import { REFERENCES, valuesAt } from '../field-roles.ts';
import { suggest } from '../zod-problems.ts';
import { nameKey, namesOfSource } from '../words.ts';
import { allRecords, at, eachRecord, type Rule } from './context.ts';

/** A cross-link to a source in a note (`:source[words]{#id}`): a use of it, as much as a field is. */
const SOURCE_LINK = /:source\[[^\]]*\]\{#([a-z0-9-]+)\}/g;

/**
 * Sources across the site: what an article says of a source (`sourceNotes`) names a source that
 * exists, and a source that no record uses is pointed out. The last is a warning, not an error: an
 * editor often adds the sources first and the claims that use them next, and an unused source only
 * gets a page with nothing on it (issue 14.6).
 */
export const unusedSources: Rule = ({ records, exists, files }) => {
  const used = new Set<string>();
  for (const record of allRecords(records)) {
    for (const { path, to } of REFERENCES[record.collection]) {
      if (to !== 'sources') continue;
      for (const { value } of valuesAt(record.data, path)) if (typeof value === 'string' && value !== record.id) used.add(value);
    }
    for (const match of record.body.matchAll(SOURCE_LINK)) if (match[1]) used.add(match[1]);
  }
  const notes = eachRecord(records.articles.values(), (article, report) => {
    for (const id of Object.keys(article.data.sourceNotes ?? {})) {
      used.add(id);
      if (exists.sources.has(id)) continue;
      const guess = suggest(id, [...exists.sources]);
      report({
        ...at(article, ['sourceNotes', id]),
        message: `\`sourceNotes\` has a note on \`${id}\`, but there is no source \`${id}\` in \`content/sources/\`.`,
        fix: guess ? `Did you mean \`${guess}\`? Each key of \`sourceNotes\` is a source's id.` : 'Each key of `sourceNotes` is a source\'s id: fix the id, or add the source with `npm run new -- source`.',
      });
    }
  });
  // An outlet or agency that printed an article (its `publisher` or `agency`, by name or alias, case
  // aside) has a page that names those articles: a use, though no field names its id.
  const printers = new Set<string>();
  for (const article of records.articles.values()) {
    for (const name of [article.data.publisher, article.data.agency]) if (typeof name === 'string') printers.add(nameKey(name));
  }
  // While a file that could name a source cannot be read whole, whether a source is used cannot be
  // told: no warning then, which would have the editor delete a source the broken file names.
  const unread = files.some(({ collection, id }) => collection !== 'sources' && !records[collection].get(id)?.valid);
  if (unread) return notes;
  const unused = eachRecord(records.sources.values(), (source, report) => {
    if (used.has(source.id)) return;
    if (namesOfSource(source.data).some((name) => printers.has(nameKey(name)))) return;
    report({
      file: source.file,
      line: 1,
      column: 1,
      field: '(file)',
      severity: 'warning',
      message: `No claim, quote, event or note names the source \`${source.id}\`, so its page would list nothing.`,
      fix: `Name it where the article gives it a voice (a claim's \`attribution\`, a quote's \`speaker\`, an event's \`sources\`), or delete \`${source.file}\` if it is not needed.`,
    });
  });
  return [...notes, ...unused];
};
