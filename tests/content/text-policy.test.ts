import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.ts';
import { BODY_BOUNDS } from '../../src/content/schemas/common.ts';
import { buildHostile, checkHostile, HOSTILE } from './text-policy-cases.ts';

const BASE_LOADED = {
  articles: ['harbour-contract-dispute'],
  sources: ['averin-daily-ledger', 'mara-ilves', 'port-averin-officials'],
  claims: ['contract-not-cancelled', 'no-notice-received'],
  quotes: ['no-notice'],
  events: ['officials-deny'],
  stories: [],
};

describe('the hostile fixtures', () => {
  it('start from a valid corpus, and each case is pinned below or in names.test.ts', () => {
    const base = checkHostile('base');
    expect(base.lines).toBe('');
    expect(base.loaded).toEqual(BASE_LOADED);
    const pinned = `${readFileSync(new URL(import.meta.url), 'utf8')}${readFileSync(new URL('./names.test.ts', import.meta.url), 'utf8')}`;
    const cases = readdirSync(HOSTILE, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'base');
    expect(cases.filter((entry) => !pinned.includes(`checkHostile('${entry.name}'`)).map((entry) => entry.name)).toEqual([]);
  });
});

describe('raw HTML and unsafe links in a note stop the check, with file, line, field and fix', () => {
  it('a <script>', () => {
    expect(checkHostile('note-script').lines).toMatchInlineSnapshot(`"content/sources/mara-ilves.md:8:40  (note)  The note holds raw HTML (\`<script>\`): the site never publishes HTML, and would drop it together with the words it holds.  Write it as Markdown instead: for a link, the words in square brackets and the \`https://\` address right after them in round brackets; for emphasis, \`*words*\`. To show \`<\` as a character, write \`\\<\`."`);
  });

  it('an <img onerror>', () => {
    expect(checkHostile('note-img-onerror').lines).toMatchInlineSnapshot(`"content/sources/mara-ilves.md:10:1  (note)  The note holds raw HTML (\`<img src="x" onerror="alert(1)">\`): the site never publishes HTML, and would drop it together with the words it holds.  Write it as Markdown instead: for a link, the words in square brackets and the \`https://\` address right after them in round brackets; for emphasis, \`*words*\`. To show \`<\` as a character, write \`\\<\`."`);
  });

  it('a [link](javascript:...)', () => {
    expect(checkHostile('note-javascript-link').lines).toMatchInlineSnapshot(`"content/sources/mara-ilves.md:8:41  (note)  A link in the note goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`."`);
  });

  it('an <iframe>, which would take the next line and its link with it', () => {
    expect(checkHostile('note-iframe').lines).toMatchInlineSnapshot(`"content/sources/mara-ilves.md:8:1  (note)  The note holds raw HTML (\`<iframe src="https://tracker.example/"></iframe>…\`): the site never publishes HTML, and would drop it together with the words it holds.  Write it as Markdown instead: for a link, the words in square brackets and the \`https://\` address right after them in round brackets; for emphasis, \`*words*\`. To show \`<\` as a character, write \`\\<\`."`);
  });

  it('vbscript:, data:, an autolink, entity-encoded and tab-split schemes, and a reference definition, each read as the browser reads it', () => {
    expect(checkHostile('note-schemes').lines).toMatchInlineSnapshot(`
      "content/sources/averin-daily-ledger.md:6:3  (note)  A link in the note goes to a \`vbscript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:6:42  (note)  A link in the note goes to a \`data:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:7:13  (note)  A link in the note goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:7:39  (note)  A link in the note goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:8:3  (note)  A link in the note goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:10:1  (note)  A link in the note goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`."
    `);
  });

  it('a path out of the site, a protocol-relative address, an empty link and a mail address', () => {
    expect(checkHostile('note-relative').lines).toMatchInlineSnapshot(`
      "content/sources/averin-daily-ledger.md:6:3  (note)  A link in the note goes to \`../../../../etc/passwd\`, a relative address: it would point to a different place from each page that shows it, or out of the site, so only full \`http:\` and \`https:\` addresses are published.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:6:53  (note)  A link in the note goes to \`//tracker.example/x\`, a relative address: it would point to a different place from each page that shows it, or out of the site, so only full \`http:\` and \`https:\` addresses are published.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:7:4  (note)  A link in the note has no address.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/sources/averin-daily-ledger.md:7:39  (note)  A link in the note goes to a \`mailto:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`."
    `);
  });

  it('an image, even from an https address', () => {
    expect(checkHostile('note-image').lines).toMatchInlineSnapshot(`"content/sources/averin-daily-ledger.md:6:23  (note)  The note shows an image (\`![masthead]\`): images are not published, in an article's text or in a note.  Link to the picture instead: words in square brackets, and its \`https://\` address right after them in round brackets."`);
  });
});

describe('the build refuses what the check refuses', () => {
  it('a note with raw HTML and a javascript: link stops `astro build` with the same report, and nothing is published', () => {
    const result = buildHostile('note-script');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(checkHostile('note-script').lines);
    expect(result.published).toBe(false);
  }, 150_000);
});

describe('the article text follows the same policy', () => {
  it('javascript: links, autolinks and encoded schemes', () => {
    expect(checkHostile('article-links').lines).toMatchInlineSnapshot(`
      "content/articles/harbour-contract-dispute.md:23:6  (article text)  A link in the article text goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/articles/harbour-contract-dispute.md:23:48  (article text)  A link in the article text goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`.
      content/articles/harbour-contract-dispute.md:23:73  (article text)  A link in the article text goes to a \`javascript:\` address, and only \`http:\` and \`https:\` links are published, because other schemes can run code or hide content.  Write the full address of the web page, starting with \`https://\`. To link to a record of this site, use a cross-link: \`:claim[the words]{#its-id}\`."
    `);
  });

  it('a <div> paragraph, which would vanish from the page and the data', () => {
    expect(checkHostile('article-html').lines).toMatchInlineSnapshot(`"content/articles/harbour-contract-dispute.md:23:1  (article text)  The article text holds raw HTML (\`<div>A paragraph in a div would vanish from the …\`): the site never publishes HTML, and would drop it together with the words it holds.  Delete the tag and keep the words: the text is the article's words as printed, without its markup. To show \`<\` as a character, write \`\\<\`."`);
  });

  it('an image', () => {
    expect(checkHostile('article-image').lines).toMatchInlineSnapshot(`"content/articles/harbour-contract-dispute.md:23:1  (article text)  The article text shows an image (\`![The harbour]\`): images are not published, in an article's text or in a note.  Link to the picture instead: words in square brackets, and its \`https://\` address right after them in round brackets."`);
  });

  it('a BEL and a right-to-left override, named by code point at their line and column', () => {
    expect(checkHostile('article-characters').lines).toMatchInlineSnapshot(`
      "content/articles/harbour-contract-dispute.md:23:7  (article text)  The article text holds U+0007 BELL, an invisible control character that breaks pages, feeds and pictures.  Delete it. If it came from an escape in double quotes (\`\\0\`, \`\\a\`, \`\\x07\`, \`\\u0000\`), remove the escape.
      content/articles/harbour-contract-dispute.md:23:30  (article text)  The article text holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/articles/harbour-contract-dispute.md:23:39  (article text)  The article text holds U+202C POP DIRECTIONAL FORMATTING, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name."
    `);
  });

  it('a text over the length limit', () => {
    const result = checkHostile('base', (root) => {
      const file = join(root, 'content/articles/harbour-contract-dispute.md');
      const text = readFileSync(file, 'utf8');
      writeLong(file, text, BODY_BOUNDS.article);
    });
    expect(result.lines).toMatchInlineSnapshot(`"content/articles/harbour-contract-dispute.md:13:1  (article text)  The article text is 500,001 characters long; the limit is 500,000.  Publish a text this long as two articles (its parts), or keep only the part the analysis is about."`);
  });
});

describe('every field follows it too', () => {
  it('tags in a statement and an event title', () => {
    expect(checkHostile('field-html').lines).toMatchInlineSnapshot(`
      "content/claims/no-notice-received.md:3:1  statement  \`statement\` holds raw HTML (\`<b>\`): fields are published as plain text, so the tag would show as written, or break where the text is reused.  Remove the tag and keep the words. If the angle brackets are the article's own, write the words without them.
      content/events/officials-deny.md:3:1  title  \`title\` holds raw HTML (\`<img src=x onerror=alert(1)>\`): fields are published as plain text, so the tag would show as written, or break where the text is reused.  Remove the tag and keep the words. If the angle brackets are the article's own, write the words without them."
    `);
  });

  it('bidi overrides and isolates in a title and a name', () => {
    expect(checkHostile('bidi').lines).toMatchInlineSnapshot(`
      "content/events/officials-deny.md:3:1  title  \`title\` holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/events/officials-deny.md:3:1  title  \`title\` holds U+202C POP DIRECTIONAL FORMATTING, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/sources/port-averin-officials.md:2:1  name  \`name\` holds U+2067 RIGHT-TO-LEFT ISOLATE, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name.
      content/sources/port-averin-officials.md:2:1  name  \`name\` holds U+2069 POP DIRECTIONAL ISOLATE, an invisible character that changes the order in which the text after it is shown, so a reader would see the words in another order than the data holds.  Delete it (it is invisible: move the cursor through the text, or search for it). The site sets right-to-left text itself from the language of the article and of each name."
    `);
  });

  it('NUL, BEL and a C1 control written as YAML escapes', () => {
    expect(checkHostile('controls').lines).toMatchInlineSnapshot(`
      "content/claims/no-notice-received.md:3:1  statement  \`statement\` holds U+0000 NULL, an invisible control character that breaks pages, feeds and pictures.  Delete it. If it came from an escape in double quotes (\`\\0\`, \`\\a\`, \`\\x07\`, \`\\u0000\`), remove the escape.
      content/claims/no-notice-received.md:3:1  statement  \`statement\` holds U+0007 BELL (2 times), an invisible control character that breaks pages, feeds and pictures.  Delete it. If it came from an escape in double quotes (\`\\0\`, \`\\a\`, \`\\x07\`, \`\\u0000\`), remove the escape.
      content/sources/mara-ilves.md:5:1  role  \`role\` holds U+0085 NEXT LINE, an invisible control character that breaks pages, feeds and pictures.  Delete it. If it came from an escape in double quotes (\`\\0\`, \`\\a\`, \`\\x07\`, \`\\u0000\`), remove the escape."
    `);
  });

  it('a lone surrogate', () => {
    expect(checkHostile('lone-surrogate').lines).toMatchInlineSnapshot(`"content/sources/mara-ilves.md:4:1  description  \`description\` holds U+D83D (half of a character: a lone surrogate), which no page, feed or picture can show.  Write the whole character instead, or remove the \`\\u\` escape that made it."`);
  });

  it('lengths over each field\'s limit, and a note over its own, each saying the limit', () => {
    expect(checkHostile('lengths').lines).toMatchInlineSnapshot(`
      "content/articles/harbour-contract-dispute.md:3:1  title  This text is 128 characters long; the limit for this field is 120.  Shorten it by at least 8 characters: keep the words that carry the point, and let the \`summary\` say the rest.
      content/claims/no-notice-received.md:3:1  statement  This text is 353 characters long; the limit for this field is 300.  Shorten it by at least 53 characters: keep the words that carry the point, and put the rest in the record's note below the frontmatter if it must be said.
      content/sources/mara-ilves.md:4:1  description  This text is 258 characters long; the limit for this field is 240.  Shorten it by at least 18 characters: keep the words that carry the point, and put the rest in the record's note below the frontmatter if it must be said.
      content/sources/mara-ilves.md:8:1  (note)  The note is 2,161 characters long; the limit is 2,000.  Shorten the note: say what the reader needs beside the record, and link to the rest with an \`https://\` address."
    `);
  });
});

describe('what the policy leaves alone', () => {
  it('angle brackets that are not tags, emoji, right-to-left names with their marks, Cyrillic, Devanagari, https links, cross-links and code', () => {
    const result = checkHostile('allowed');
    expect(result.lines).toBe('');
    expect(result.loaded).toEqual(BASE_LOADED);
  });
});

describe('the sanitiser stays behind the check as a second wall', () => {
  it('drops images and every link scheme but http and https from a note that reaches the renderer', async () => {
    const processor = config.markdown?.processor;
    if (!processor) throw new Error('astro.config.ts has no markdown.processor');
    const renderer = await processor.createRenderer({});
    const html = (await renderer.render('[mail](mailto:desk@ledger.example) [web](https://ledger.example/) ![masthead](https://ledger.example/m.png) [run](vbscript:msgbox(1))')).code;
    expect(html).toContain('<a href="https://ledger.example/">web</a>');
    expect(html).not.toMatch(/mailto:|vbscript:|<img/);
    expect(html).toContain('mail');
  });
});

/** Pad an article with paragraphs of its own last words until it is one character over `limit`. */
function writeLong(file: string, text: string, limit: number) {
  const paragraph = '\n\nThe agency could not independently verify either account.';
  const body = text.slice(text.indexOf('---', 3) + 4);
  let padding = '';
  while ([...body].length + padding.length + paragraph.length <= limit) padding += paragraph;
  padding += 'x'.repeat(limit + 1 - [...body].length - padding.length);
  writeFileSync(file, `${text}${padding}`);
}
