import { FIELD_BOUNDS } from '../schemas/common.ts';
import { nameKey } from '../words.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * Names the site's own addresses use: a record with one of them as its id would be written over, or
 * write over, a page or file of the site. Each is shown with the address it stands for. The list is
 * every fixed name under src/pages, the article's filter and part names, and the folders the build
 * writes; tests/content/names.test.ts holds it to src/pages.
 */
export const RESERVED_IDS: ReadonlyMap<string, (collection: string) => string> = new Map([
  ['page', (c: string) => `\`/${c}/page/2/\` lists the next page`],
  ['index', (c: string) => (c === 'articles' ? '`/data/index.json` lists every article' : '`index.html` is the page of each folder')],
  ['schema', () => '`/data/schema.json` describes the published data'],
  ['data', () => '`/data/` holds the published data'],
  ['feed', () => '`/feed.xml` is the site\'s feed'],
  ['cards', () => '`/cards/` holds the share cards'],
  ['pagefind', () => '`/pagefind/` holds the search index'],
  ['search', () => '`/search/` is the search page'],
  ['about', () => '`/about/` is the page about the site'],
  ['robots', () => '`/robots.txt` is for search engines'],
  ['404', () => '`/404.html` is the page for a missing address'],
  ['graph', () => '`/articles/<id>/graph/` is an article\'s graph'],
  ['map', () => '`/articles/<id>/map.svg` is an article\'s map'],
  ['text', () => '`/articles/<id>/text/2/` is a part of an article\'s text'],
  ['voice', () => '`/articles/<id>/voice/…` filters an article\'s claims'],
  ['kind', () => '`/articles/<id>/kind/…` filters an article\'s claims'],
  ['status', () => '`/articles/<id>/status/…` filters an article\'s claims'],
  ['source', () => '`/articles/<id>/source/…` filters an article\'s claims'],
  ...['articles', 'claims', 'quotes', 'sources', 'events', 'threads', 'stories', 'corrections'].map((name): [string, () => string] => [name, () => `\`/${name}/\` is a section of the site`]),
]);

/**
 * A record's id becomes a file name and a folder in every address the site writes for it
 * (`/data/<id>.annotations.jsonld`, `/articles/<id>/source/<id>/page/2/`): bounded, every name
 * stays well under the 255 bytes file systems allow, and every path under what servers and
 * archives take.
 */
export const names: Rule = ({ files }) =>
  eachRecord(files, ({ collection, file, id }, report) => {
    const where = { file, line: 1, column: 1, field: '(file name)' };
    const example = RESERVED_IDS.get(id);
    if (example) {
      report({
        ...where,
        message: `\`${id}\` is kept for the site's own pages (${example(collection)}), so it cannot name a record.`,
        fix: `Rename the file, for example to \`${id}-1.md\`, and the references to it.`,
      });
    }
    const length = [...id].length;
    if (length > FIELD_BOUNDS.id) {
      report({
        ...where,
        message: `The id \`${id.slice(0, 40)}…\` is ${length} characters long; an id may have at most ${FIELD_BOUNDS.id}, because it is part of the name of every file the site writes for the record.`,
        fix: `Rename the file to a shorter id of a few words (at most ${FIELD_BOUNDS.id} characters), and the references to it.`,
      });
    }
  });

/**
 * Two sources with the same `name` are two pages a reader cannot tell apart, each with part of
 * what the one person or outlet said; more often than not one source made twice (by two editors,
 * or for a second article). A warning, as two people may share a name: the fix then is a name that
 * tells them apart. The first by id keeps the name; each later one is told.
 */
export const sameSourceNames: Rule = ({ records }) => {
  const first = new Map<string, { id: string; file: string; name: string }>();
  // By id, as code points: `ayse-gunes` before `ayse-gunes-2`, the id `npm run new` gives a second file of a name.
  const sources = [...records.sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return eachRecord(sources, (source, report) => {
    const { name } = source.data;
    if (name === undefined) return;
    const key = nameKey(name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { id: source.id, file: source.file, name });
      return;
    }
    report({
      ...at(source, ['name']),
      severity: 'warning',
      message: `The source \`${source.id}\` has the same name as the source in \`${earlier.file}\`${name === earlier.name ? ` (\`${name}\`)` : ` (\`${name}\` and \`${earlier.name}\`, case and spaces aside)`}: the site would show two sources a reader cannot tell apart, each with part of what was said.`,
      fix: `If they are the same source, keep one: delete \`${source.file}\` and write \`${earlier.id}\` wherever \`${source.id}\` is used. If they are two, give each a name that tells them apart, as the articles do (a role, a place, a middle name).`,
    });
  });
};
