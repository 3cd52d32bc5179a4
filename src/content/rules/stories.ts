import { suggest } from '../zod-problems.ts';
import { at, eachRecord, type Rule } from './context.ts';

/**
 * Story records (issue 16.3): each names at least two articles, each once, and an article is in
 * one story record at most, so that every article has one story page. The references rule has
 * already said which ids name no article.
 *
 * A record of one article is refused rather than shown: a story is articles read together, and
 * the page of one article's story would repeat the article's own pages under another title.
 */
export const stories: Rule = ({ records, exists }) => {
  // The first record (by id) to list an article keeps it; a later one is told which file has it.
  const claimedBy = new Map<string, string>();
  const ordered = [...records.stories.values()].sort((a, b) => a.id.localeCompare(b.id));
  return eachRecord(ordered, (record, report) => {
    const listed = record.data.articles;
    if (listed === undefined) return;
    const seen = new Set<string>();
    listed.forEach((article, i) => {
      if (seen.has(article)) {
        const other = suggest(article, [...exists.articles].filter((id) => !listed.includes(id)));
        report({
          ...at(record, ['articles', i]),
          message: `The article \`${article}\` is listed twice in this story.`,
          fix: other ? `Did you mean \`${other}\`? Otherwise remove this line.` : 'Remove this line: each article is listed once.',
        });
        return;
      }
      seen.add(article);
      if (!exists.articles.has(article)) return;
      const owner = claimedBy.get(article);
      if (owner === undefined) {
        claimedBy.set(article, record.id);
        return;
      }
      report({
        ...at(record, ['articles', i]),
        message: `The article \`${article}\` is already in the story \`${owner}\` (\`${records.stories.get(owner)?.file ?? owner}\`): an article is in one story record at most.`,
        fix: `Remove it here or there; if the two records tell one story, move the articles of this record into \`${owner}\` and delete this file.`,
      });
    });
    if (seen.size < 2) {
      report({
        ...at(record, ['articles']),
        message: `The story lists ${seen.size === 0 ? 'no article' : `only the article \`${[...seen][0] ?? ''}\``}: a story is two articles or more, read together.`,
        fix: 'Add the id of another article that tells the same events (`content/articles/`), or delete this file: an article on its own has its pages already.',
      });
    }
    const event = records.events.get(record.id);
    if (event?.data.article !== undefined && !seen.has(event.data.article)) {
      report({
        file: record.file,
        line: 1,
        column: 1,
        field: '(file)',
        message: `\`${record.id}\` is also the id of the event \`${event.file}\`, of the article \`${event.data.article}\` that this story does not list; stories named by a shared event take that event's id, so two story pages could have one address.`,
        fix: `Rename this file, for example to \`${record.id}-story.md\`.`,
      });
    }
  });
};
