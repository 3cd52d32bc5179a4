import { describe, expect, it } from 'vitest';
import { BASE_LOADED, checkCase } from './support.ts';

describe('a chain of attribution', () => {
  it('refuses a source named twice in a row, and asks to check one that comes back further in', () => {
    const result = checkCase('chain-repeats');
    expect(result.lines).toMatchInlineSnapshot(`"content/claims/afghan-side-venomous-statements.md:8:5  attribution[1].source  Links 1 and 2 of the chain both name \`khawaja-asif\`: a source does not pass a claim on to itself.  Remove one of the two links (keep the one with the article's own verb), or name in one of them the source the article says \`khawaja-asif\` passed it to or had it from."`);
    expect(result.warnings).toMatchInlineSnapshot(`"content/claims/samad-doubts.md:10:5  warning  attribution[2].source  \`omar-samad\` is link 1 and again link 3 of the chain, so the claim comes back to the source it went through.  Check the chain against the article: each link is who had the claim from the one before. If the article does say so, leave it."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, claims: ['afghan-side-venomous-statements', 'samad-doubts', 'talks-failed-on-tuesday'] });
  });
});

describe("an article's publisher", () => {
  it('is a name: a source id written there is refused, with the name proposed', () => {
    const result = checkCase('publisher-id');
    expect(result.lines).toMatchInlineSnapshot(`"content/articles/pakistan-afghanistan-talks.md:4:1  publisher  \`publisher\` is the id of the source \`geo-news\`; a page prints it as it is written: “Publisher: geo-news”.  Write the publisher's name as readers know it: \`publisher: Geo News\`."`);
    expect(result.loaded).toEqual({ ...BASE_LOADED, sources: ['geo-news', 'khawaja-asif', 'omar-samad'] });
  });
});
