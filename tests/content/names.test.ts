import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACETS } from '../../src/model/filters.ts';
import { RESERVED_IDS } from '../../src/content/rules/names.ts';
import { checkHostile } from './text-policy-cases.ts';
import { PROJECT } from './support.ts';

/** Every fixed name in the site's routes: `data/index.json.ts` gives `data` and `index`, `[id].astro` none. */
function routeNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const own = entry.name.startsWith('[') ? [] : [entry.name.replace(/\..*$/, '')];
    return entry.isDirectory() ? [...own, ...routeNames(join(dir, entry.name))] : own;
  });
}

describe('reserved ids', () => {
  it('cover every fixed name of the site\'s routes and every filter of an article', () => {
    const names = new Set([...routeNames(join(PROJECT, 'src/pages')), ...FACETS, 'cards', 'pagefind']);
    expect([...names].filter((name) => !RESERVED_IDS.has(name))).toEqual([]);
  });

  it('are refused in every folder, each with the address it would collide with', () => {
    const result = checkHostile('reserved-ids');
    expect(result.lines).toMatchInlineSnapshot(`
      "content/articles/index.md:1:1  (file name)  \`index\` is kept for the site's own pages (\`/data/index.json\` lists every article), so it cannot name a record.  Rename the file, for example to \`index-1.md\`, and the references to it.
      content/claims/feed.md:1:1  (file name)  \`feed\` is kept for the site's own pages (\`/feed.xml\` is the site's feed), so it cannot name a record.  Rename the file, for example to \`feed-1.md\`, and the references to it.
      content/sources/page.md:1:1  (file name)  \`page\` is kept for the site's own pages (\`/sources/page/2/\` lists the next page), so it cannot name a record.  Rename the file, for example to \`page-1.md\`, and the references to it."
    `);
  });
});

describe('ids are bounded so every path the site writes is valid', () => {
  it('a file name over the limit is refused before any build', () => {
    expect(checkHostile('long-id').lines).toMatchInlineSnapshot(`"content/claims/caldera-shipping-has-received-no-notice-of-any-suspension-of-its-harbour-contract.md:1:1  (file name)  The id \`caldera-shipping-has-received-no-notice-…\` is 81 characters long; an id may have at most 60, because it is part of the name of every file the site writes for the record.  Rename the file to a shorter id of a few words (at most 60 characters), and the references to it."`);
  });
});

describe('what content/ holds besides records', () => {
  it('hidden files and folders are refused; .DS_Store and .gitkeep are skipped', () => {
    expect(checkHostile('dot-files').lines).toMatchInlineSnapshot(`
      "content/.obsidian:1:1  (file)  \`.obsidian\` starts with a dot, so it is hidden in most file browsers and would never be published.  Rename it without the leading dot if it is content, or move it out of \`content/\`.
      content/sources/.draft.md:1:1  (file)  \`.draft.md\` starts with a dot, so it is hidden in most file browsers and would never be published.  Rename it without the leading dot if it is content, or move it out of \`content/\`."
    `);
  });

  it('a symbolic link is refused, and nothing it points to is read', () => {
    const result = checkHostile('base', (root) => {
      mkdirSync(join(root, 'outside'));
      writeFileSync(join(root, 'outside', 'secret.md'), '---\nname: Secret value from outside the tree\nkind: person\ndescription: x\n---\n');
      symlinkSync(join(root, 'outside', 'secret.md'), join(root, 'content', 'sources', 'linked.md'));
      symlinkSync(join(root, 'outside'), join(root, 'content', 'claims', 'linked-folder'));
    });
    expect(result.lines).toMatchInlineSnapshot(`
      "content/claims/linked-folder:1:1  (file)  This is a symbolic link: the check reads only files that are inside \`content/\`, so a link is not followed, and nothing it points to is published.  Replace the link with the file itself (a copy), inside \`content/\`.
      content/sources/linked.md:1:1  (file)  This is a symbolic link: the check reads only files that are inside \`content/\`, so a link is not followed, and nothing it points to is published.  Replace the link with the file itself (a copy), inside \`content/\`."
    `);
    expect(result.lines).not.toContain('Secret value');
    expect(result.loaded.sources).not.toContain('linked');
  });
});
