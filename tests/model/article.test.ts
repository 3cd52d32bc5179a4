/**
 * The article model (src/model/article.ts) over the fixture corpus of two stories and over small
 * corpora made here: what a reader would notice if it broke. A claim missing from the timeline or
 * shown twice, a link that leads to a page without its entry, a chain that names the wrong source,
 * a page that holds more than its size.
 */
import { assert, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { articleModel, type ArticleModel, type ArticlePage } from '../../src/model/article.ts';
import { claimCard } from '../../src/model/cards.ts';
import { buildGraph, edgeWords } from '../../src/model/graph.ts';
import { CorpusIndex } from '../../src/model/corpus.ts';
import { FACETS, matches } from '../../src/model/filters.ts';
import { layoutGraph } from '../../src/render/graph-layout.ts';
import { claimsOnPage } from '../../src/model/paginate.ts';
import {
  ARTICLE_MAP_LINKS,
  GRAPH_DRAWN_BOXES,
  GRAPH_MAP_LINKS,
  QUOTES_PER_PAGE,
  SOURCE_FILTERS,
  TIMELINE_PAGE_ITEMS,
  TIMELINE_PAGE_ITEMS_ALONE,
} from '../../src/model/page-sizes.ts';
import { sourceModel } from '../../src/model/source.ts';
import { oneStory } from '../threads/one-story.ts';
import { chainText, inSentence, linkText, whoClaims } from '../../src/model/views.ts';
import { indexOf, makeCorpus } from '../support/corpus.ts';

const TWO_STORIES = CorpusIndex.fromCheck(checkContent('tests/fixtures/corpora/two-stories'));
const model = (index: CorpusIndex, id = 'a', base = '/') => articleModel(index, id, { base, layout: (graph) => layoutGraph(graph) });

/** The entries a page shows, by fragment id: its events, claims and quotes, and its marked passages. */
function shownOn(page: ArticlePage): Set<string> {
  const ids = new Set<string>();
  for (const entry of [...page.timeline.placed, ...page.timeline.unplaced]) ids.add(`event-${entry.event.id}`);
  for (const claim of claimsOnPage(page.timeline)) ids.add(`claim-${claim.id}`);
  for (const quote of page.quotes) ids.add(`quote-${quote.id}`);
  for (const [, id] of (page.text ?? '').matchAll(/ id="(text-[^"]+)"/g)) ids.add(id as string);
  return ids;
}

/** Follow a link from a page of the article: the page it lands on, and whether that page has what the fragment names. */
function follow(m: ArticleModel, from: ArticlePage, link: string): { page?: ArticlePage | undefined; found: boolean } {
  const url = new URL(link, `https://site.test${m.path}${from.path}`);
  const page = m.pages.find((p) => `${m.path}${p.path}` === url.pathname);
  return { page, found: page !== undefined && shownOn(page).has(url.hash.slice(1)) };
}

describe('the two stories', () => {
  it('leads a source of several claims to its own page, at the part about the article, which lists them', () => {
    const leads = [...TWO_STORIES.articles.keys()].flatMap((id) =>
      model(TWO_STORIES, id).options.source.flatMap((option) => (option.href ? [{ id, source: option.value, href: option.href }] : [])),
    );
    expect(leads.length).toBeGreaterThan(0);
    for (const { id, source, href } of leads) {
      const page = Number(/page\/(\d+)\//.exec(href)?.[1] ?? 1);
      const listed = sourceModel(TWO_STORIES, source, '/').groups(page);
      expect(
        listed.map((group) => group.article.id),
        href,
      ).toContain(id);
    }
  });

  for (const id of TWO_STORIES.articles.keys()) {
    const m = model(TWO_STORIES, id);
    const whole = m.pages.filter((page) => !page.filter);

    it(`${id}: puts every claim in exactly one page of the whole timeline, and every quote in one page`, () => {
      const claims = whole.flatMap((page) => claimsOnPage(page.timeline).map((c) => c.id));
      expect(claims.sort()).toEqual(
        TWO_STORIES.claimsOf(id)
          .map((c) => c.id)
          .sort(),
      );
      const quotes = whole.flatMap((page) => page.quotes.map((q) => q.id));
      expect(quotes.sort()).toEqual(
        TWO_STORIES.quotesOf(id)
          .map((q) => q.id)
          .sort(),
      );
    });

    it(`${id}: shows each filter's claims, and only those, each once`, () => {
      for (const facet of FACETS) {
        for (const option of m.options[facet]) {
          const pages = m.pages.filter((page) => page.filter?.facet === facet && page.filter.value === option.value);
          const shown = pages.flatMap((page) => claimsOnPage(page.timeline).map((c) => c.id));
          const expected = TWO_STORIES.claimsOf(id).filter((claim) => matches(TWO_STORIES, claim, { facet, value: option.value }));
          if (expected.length === 1) {
            // One claim: the filter leads to its entry on the timeline, and no page repeats the article for it.
            expect(option.only, `${facet}/${option.value}`).toBe(expected[0]?.id);
            expect(pages).toEqual([]);
            continue;
          }
          expect(option.only).toBeUndefined();
          if (facet === 'source') {
            // A source leads to its own page, at the part about this article, which lists these claims.
            expect(pages).toEqual([]);
            expect(option.href, option.value).toMatch(new RegExp(`^/sources/${option.value}/(page/\\d+/)?#in-${id}$`));
            expect(option.count).toBe(expected.length);
            continue;
          }
          expect(shown.sort(), `${facet}/${option.value}`).toEqual(expected.map((c) => c.id).sort());
          expect(option.count).toBe(expected.length);
          expect(pages.every((page) => page.shown === expected.length)).toBe(true);
        }
      }
    });

    it(`${id}: leads every marker in the text to a page that has its entry`, () => {
      const withText = whole.filter((page) => page.text !== undefined);
      expect(withText.length).toBeGreaterThan(0);
      for (const page of withText) {
        const refs = [...(page.text ?? '').matchAll(/class="anno-ref" href="([^"]+)"/g)].map((match) => match[1] as string);
        expect(refs.length).toBe(m.markers.claims.size + m.markers.quotes.size + m.markers.events.size);
        for (const ref of refs) expect(follow(m, page, ref).found, `${page.path || '(first)'} → ${ref}`).toBe(true);
      }
    });

    it(`${id}: leads every link to an entry, from every page and from elsewhere, to a page that has it`, () => {
      const fragments = [
        ...[...m.claims.keys()].map((c) => `claim-${c}`),
        ...[...m.quotes.keys()].map((q) => `quote-${q}`),
        ...[...m.events.keys()].map((e) => `event-${e}`),
      ];
      for (const page of m.pages) {
        for (const fragment of fragments) expect(follow(m, page, page.link(fragment)).found, `${page.path} → ${fragment}`).toBe(true);
      }
      for (const view of [...m.claims.values(), ...m.quotes.values(), ...m.events.values()]) {
        expect(follow(m, m.pages[0] as ArticlePage, view.entry).found, view.entry).toBe(true);
      }
    });

    it(`${id}: sends an "in text" marker to the words, on the page that has them`, () => {
      for (const page of m.pages) {
        for (const claim of m.claims.values()) {
          const { page: target, found } = follow(m, page, page.textLink(`text-claim-${claim.id}`));
          expect(found, `${page.path} → ${claim.id}`).toBe(true);
          expect(target?.filter).toBeUndefined();
        }
      }
    });

    it(`${id}: keeps every page to its size`, () => {
      for (const page of m.pages) {
        const items = [...page.timeline.placed, ...page.timeline.unplaced].length + claimsOnPage(page.timeline).length;
        expect(items, page.path).toBeLessThanOrEqual(page.text === undefined ? TIMELINE_PAGE_ITEMS_ALONE : TIMELINE_PAGE_ITEMS);
        expect(page.quotes.length).toBeLessThanOrEqual(QUOTES_PER_PAGE);
      }
    });
  }

  it("names each claim's innermost speaker and each source of its chain by name, with the article's words beside it, outermost first", () => {
    const m = model(TWO_STORIES, 'pakistan-afghanistan-talks');
    const demand = m.claims.get('afghan-demand-drone-commitment');
    expect(demand?.voice).toBe('relayed');
    expect(demand?.speaker).toBe('Afghan negotiators');
    expect(demand?.who).toBe('According to Afghan negotiators, via the TOLONews report');
    // "a TOLONews report" is the report's name with another article: no need to say it twice.
    expect(demand?.chain.map((link) => [link.source.name, link.as ?? null, link.before ?? null, link.after ?? null])).toEqual([
      ['The TOLONews report', null, 'as per', null],
      ['Afghan negotiators', null, null, 'demanded'],
    ]);
    const onGeo = m.claims.get('india-pulling-the-strings');
    const asif = onGeo?.chain.at(-1);
    expect(asif?.source.name).toBe('Khawaja Asif');
    expect(asif?.as).toBe('Asif');
    expect(asif?.venue?.source?.href).toBe('/sources/geo-news/');
    // The article's own word for the venue, with the venue's name as the link inside it.
    expect(asif?.venue?.parts).toEqual([
      { text: 'on ', article: true },
      { text: 'Geo News', href: '/sources/geo-news/' },
    ]);
    expect(chainText(onGeo?.chain ?? [])).toBe('The article → Khawaja Asif (“Asif” in the article) said on Geo News');
    expect(m.claims.get('india-to-blame')?.chain.map(linkText)).toEqual(['Pakistan (“Islamabad” in the article) has claimed']);
    const own = [...m.claims.values()].find((claim) => claim.chain.length === 0);
    expect(own?.speaker).toBeUndefined();
    expect(own?.who).toBe("In the article's own voice");
  });

  it('keeps the hedge of a claim the article makes itself, wherever it says whose word it is', () => {
    const index = indexOf(
      makeCorpus({
        body: 'The talks, it is said, will resume next week.',
        claims: {
          resume: { statement: 'The talks will resume next week.', attribution: [], hedges: ['it is said'], anchor: { exact: 'will resume next week' } },
        },
      }),
    );
    expect(whoClaims(index, index.claims.get('resume')!)).toBe("In the article's own voice, hedged (“it is said”)");
  });

  it('puts a venue the article words without its name in the words, with the name after them', () => {
    const index = indexOf(
      makeCorpus({
        body: 'The group said in a statement that it had left.',
        sources: { group: { name: 'The Northern Group', kind: 'collective' }, release: { name: 'Statement of 2 May', kind: 'post' } },
        claims: {
          left: {
            attribution: [{ source: 'group', verb: 'said', as: 'The group', venue: 'release', venueAs: 'in a statement' }],
            anchor: { exact: 'it had left' },
          },
          plain: { attribution: [{ source: 'group', verb: 'said', venue: 'release' }], anchor: { exact: 'The group said' } },
        },
      }),
    );
    const m = model(index);
    expect(chainText(m.claims.get('left')?.chain ?? [])).toBe(
      'The article → The Northern Group (“The group” in the article) said in a statement (Statement of 2 May)',
    );
    // Without the article's words, no preposition is made up for it.
    expect(linkText(m.claims.get('plain')!.chain[0]!)).toBe('The Northern Group said (venue: Statement of 2 May)');
  });

  it('counts a source shared by both stories once for each claim, in both', () => {
    const geo = sourceModel(TWO_STORIES, 'geo-news', '/');
    const articles = new Set(TWO_STORIES.rolesOf('geo-news').map((role) => role.claim.data.article));
    expect(articles.size).toBe(2);
    expect(geo.totals.claims).toBe(new Set(TWO_STORIES.rolesOf('geo-news').map((role) => role.claim.id)).size);
    expect(geo.totals.speaker + geo.totals.relay + geo.totals.venue).toBe(TWO_STORIES.rolesOf('geo-news').length);
  });

  it('lays the map out once, with an area for every claim and every source it draws', async () => {
    const m = model(TWO_STORIES, 'harbour-contract-dispute');
    const first = m.graph.drawing();
    expect(m.graph.drawing()).toBe(first);
    const { map, areas } = await first;
    expect(areas.filter((area) => area.link.kind === 'claim')).toHaveLength(m.counts.claims);
    expect(areas.filter((area) => area.link.kind === 'source')).toHaveLength(map.nodes.filter((node) => node.kind === 'source').length);
  });

  it('writes links with the base the site is served under', () => {
    const m = model(TWO_STORIES, 'harbour-contract-dispute', '/analysis/');
    const claim = [...m.claims.values()][0];
    expect(claim?.page).toMatch(/^\/analysis\/claims\//);
    expect(claim?.entry).toMatch(/^\/analysis\/articles\/harbour-contract-dispute\/#claim-/);
    expect(claim?.chain[0]?.source.href).toMatch(/^\/analysis\/sources\//);
  });
});

/** An article of `claims` claims, each from a source of its own, about `events` dated events in turn. */
function many(claims: number, events = 0, quotes = 0) {
  const body = Array.from({ length: Math.max(claims, events, quotes) }, (_, i) => `Sentence ${i} tells of item${i}.`).join(' ');
  return indexOf(
    makeCorpus({
      body,
      sources: Object.fromEntries(Array.from({ length: claims }, (_, i) => [`s${i}`, { name: `Source ${i}` }])),
      claims: Object.fromEntries(
        Array.from({ length: claims }, (_, i) => [
          `c${i}`,
          {
            attribution: [{ source: `s${i}`, verb: 'said' }],
            anchor: { exact: `Sentence ${i} tells` },
            events: events > 0 ? [`e${i % events}`] : [],
          },
        ]),
      ),
      events: Object.fromEntries(
        Array.from({ length: events }, (_, i) => [`e${i}`, { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, anchor: { exact: `item${i}.` } }]),
      ),
      quotes: Object.fromEntries(Array.from({ length: quotes }, (_, i) => [`q${i}`, { text: `item${i}`, speaker: 's0', suffix: '.' }])),
    }),
  );
}

describe('sizes fixed by counts', () => {
  it('cuts a long timeline into pages of a fixed size, the first (beside the text) smaller than the others', () => {
    const m = model(many(45, 5));
    const whole = m.pages.filter((page) => !page.filter);
    const items = (page: ArticlePage) =>
      [...page.timeline.placed, ...page.timeline.unplaced].reduce((sum, entry) => sum + 1 + entry.claims.length, 0) + page.timeline.unattached.length;
    // An event takes a place with at least one of its claims, so a page may hold one more than its size.
    expect(items(whole[0] as ArticlePage)).toBeLessThanOrEqual(TIMELINE_PAGE_ITEMS + 1);
    expect(whole.slice(1).every((page) => items(page) <= TIMELINE_PAGE_ITEMS_ALONE + 1)).toBe(true);
    expect(items(whole[1] as ArticlePage)).toBeGreaterThan(TIMELINE_PAGE_ITEMS + 1);
    expect(whole.length).toBeLessThan(Math.ceil(50 / TIMELINE_PAGE_ITEMS));
    expect(whole.map((page) => page.path)).toEqual(['', ...whole.slice(1).map((page) => `page/${page.number}/`)]);
    expect(whole.every((page) => page.pageCount === whole.length)).toBe(true);
  });

  it('puts the text and the map on the first page only; the other pages link there', () => {
    const m = model(many(45, 5));
    const [first, second] = m.pages.filter((page) => !page.filter);
    expect(first?.overview).toBe(true);
    expect(first?.text).toContain('href=');
    expect(first?.textLink('text-claim-c0')).toBe('#text-claim-c0');
    expect(second?.overview).toBe(false);
    expect(second?.text).toBeUndefined();
    expect(second?.textLink('text-claim-c40')).toBe('../../#text-claim-c40');
    expect(m.pages.filter((page) => page.overview)).toEqual([first]);
  });

  it('lists quotes a fixed number a page, from the first, each marker leading to its page', () => {
    const m = model(many(2, 0, 20));
    const whole = m.pages.filter((page) => !page.filter);
    // Every page full but the last, which holds the rest; the timeline's two claims need one page.
    const pages = Math.ceil(20 / QUOTES_PER_PAGE);
    expect(whole.map((page) => page.quotes.length)).toEqual([...Array.from({ length: pages - 1 }, () => QUOTES_PER_PAGE), 20 - (pages - 1) * QUOTES_PER_PAGE]);
    expect(m.quotes.get('q19')?.entry).toBe(`/articles/a/page/${pages}/#quote-q19`);
    expect(m.quotes.get('q0')?.entry).toBe('/articles/a/#quote-q0');
  });

  it('offers the most cited sources as filters and points to the graph for the rest', () => {
    const m = model(many(SOURCE_FILTERS + 5));
    expect(m.options.source).toHaveLength(SOURCE_FILTERS);
    expect(m.moreSources).toBe(5);
    expect(m.pages.filter((page) => page.filter?.facet === 'source')).toEqual([]);
  });

  it('draws the graph page in full while it is small, then the map; the article page shows the map, then a link', () => {
    const small = model(many(5));
    expect(small.graph.page).toBe('drawn');
    expect(small.pages[0]?.graph).toBe('map');
    const large = model(many(GRAPH_DRAWN_BOXES));
    expect(large.graph.page).toBe('map');
    expect(large.graph.links.article).toBeGreaterThan(ARTICLE_MAP_LINKS);
    expect(large.pages[0]?.graph).toBe('link');
    // The other pages link to the graph page.
    expect(small.pages.filter((page) => !page.overview).every((page) => page.graph === 'link')).toBe(true);
  });

  it('gives the graph page its list in words while its map carries links, and the map alone past that', () => {
    // Each claim of these has a source of its own: a map of n claims has 2n links and the article's box.
    const edge = Math.floor((GRAPH_MAP_LINKS - 1) / 2);
    expect(model(many(edge)).graph.page).toBe('map');
    expect(model(many(edge + 1)).graph.page).toBe('image');
  });
});

describe("the graph's sentence", () => {
  it('agrees its verb with the number of claims relayed', async () => {
    const one = model(
      indexOf(
        makeCorpus({
          body: 'The paper reported that officials described the talks as good.',
          sources: { paper: { name: 'The Paper', kind: 'outlet' }, officials: { name: 'Officials', kind: 'collective' } },
          claims: {
            good: {
              attribution: [
                { source: 'paper', verb: 'reported' },
                { source: 'officials', verb: 'described' },
              ],
              anchor: { exact: 'described the talks as good' },
            },
          },
        }),
      ),
    );
    expect((await one).graph.sentence).toBe('The article cites 1 source directly; 1 claim reaches it passed from source to source.');
  });
});

describe('who claims a claim, in a sentence', () => {
  it('lowers the English article of a description, never of a title', () => {
    const read = (names: string[]) => names.map(inSentence);
    expect(read(['The ministry', 'A report', 'The TOLONews report', 'An Al Jazeera correspondent'])).toEqual([
      'the ministry',
      'a report',
      'the TOLONews report',
      'an Al Jazeera correspondent',
    ]);
    expect(read(['The Guardian', 'The New York Times', 'The Times of India', 'The UN', 'Theo Walcott'])).toEqual([
      'The Guardian',
      'The New York Times',
      'The Times of India',
      'The UN',
      'Theo Walcott',
    ]);
  });

  it('reads a name that begins with an English article as a sentence does, and leaves a title as it is', () => {
    const built = model(
      indexOf(
        makeCorpus({
          body: 'An official said talks would resume, according to the ministry. The Guardian reported a delay.',
          sources: {
            official: { name: 'An official', kind: 'person' },
            ministry: { name: 'The ministry', kind: 'organisation' },
            guardian: { name: 'The Guardian', kind: 'outlet' },
          },
          claims: {
            resume: {
              statement: 'Talks will resume.',
              attribution: [
                { source: 'ministry', verb: 'according to' },
                { source: 'official', verb: 'said' },
              ],
              anchor: { exact: 'talks would resume' },
            },
            delay: { statement: 'There is a delay.', attribution: [{ source: 'guardian', verb: 'reported' }], anchor: { exact: 'reported a delay' } },
          },
        }),
      ),
    );
    expect(built.claims.get('resume')?.who).toBe('According to an official, via the ministry');
    expect(built.claims.get('delay')?.who).toBe('According to The Guardian');
    expect(chainText(built.claims.get('resume')?.chain ?? [])).toBe('The article → according to the ministry → An official said');
  });
});

describe("a source's page", () => {
  it('shows what an article says of a source it gives no claim of its own (the outlet of a report it cites), and nothing twice', () => {
    const index = indexOf(
      makeCorpus({
        body: 'A report by the Courier said the bridge is closed.',
        article: { sourceNotes: { courier: 'Named as the publisher of the report.', report: 'Cited as “a report”.' } },
        sources: { courier: { name: 'The Courier', kind: 'outlet' }, report: { name: 'The Courier report', kind: 'report', partOf: 'courier' } },
        claims: {
          closed: { statement: 'The bridge is closed.', attribution: [{ source: 'report', verb: 'said' }], anchor: { exact: 'the bridge is closed' } },
        },
      }),
    );
    const outlet = sourceModel(index, 'courier', '/');
    expect(outlet.items).toEqual([]);
    expect(outlet.noted.map(({ article, note }) => [article.id, note])).toEqual([['a', 'Named as the publisher of the report.']]);
    // The report has the claim: its note goes with that article's claims, not in the list again.
    const report = sourceModel(index, 'report', '/');
    expect(report.noted).toEqual([]);
    expect(report.groups(1)[0]?.note).toBe('Cited as “a report”.');
  });
});

describe('an outlet that printed articles', () => {
  it('names them on its page, by its name or an alias, case aside, however few claims it makes', () => {
    const index = oneStory();
    // The fixture's outlets each publish one of the story's articles.
    const herald = sourceModel(index, 'orvan-herald', '/');
    expect(herald.printed.count).toBe(1);
    expect(herald.printed.newest.map(({ article, as }) => [article.id, as])).toEqual([['orvan-herald-dam-sale', 'publisher']]);
    // A person publishes nothing.
    expect(sourceModel(index, 'ilse-marant', '/').printed.count).toBe(0);
  });

  it('names an article whose copy it is (its agency), by an alias, and its publisher written in other capitals', () => {
    const index = indexOf(
      makeCorpus({
        body: 'The wire said talks failed.',
        article: { publisher: 'the evening courier', agency: 'Coast Wire' },
        sources: { courier: { name: 'The Evening Courier', kind: 'outlet' }, wire: { name: 'Coastline Wire', kind: 'outlet', aliases: ['Coast Wire'] } },
        claims: { failed: { attribution: [{ source: 'wire', verb: 'said', as: 'The wire' }], anchor: { exact: 'talks failed' } } },
      }),
    );
    expect(sourceModel(index, 'courier', '/').printed.newest.map(({ as }) => as)).toEqual(['publisher']);
    expect(sourceModel(index, 'wire', '/').printed.newest.map(({ as }) => as)).toEqual(['agency']);
    // Its page says which it is: the agency of the article, not its publisher.
    expect(sourceModel(index, 'wire', '/').printed.as).toBe('agency');
    expect(sourceModel(index, 'courier', '/').printed.as).toBe('publisher');
    // And the article's page links its publisher and its agency to their pages.
    expect(model(index).printers).toEqual({ publisher: '/sources/courier/', agency: '/sources/wire/' });
    expect(model(indexOf(makeCorpus({ body: 'Text.', article: { publisher: 'Dawn' } }))).printers).toEqual({ publisher: undefined, agency: undefined });
    // A publisher written in the article's script, the source named in Latin letters with it as its native name.
    const rafid = indexOf(
      makeCorpus({
        body: 'قالت الوكالة إن المحادثات فشلت.',
        article: { language: 'ar', publisher: 'صحيفة الرافد' },
        sources: { rafid: { name: 'Al-Rafid', kind: 'outlet', nativeName: { text: 'صحيفة الرافد', lang: 'ar' } } },
      }),
    );
    expect(model(rafid).printers.publisher).toBe('/sources/rafid/');
    expect(sourceModel(rafid, 'rafid', '/').printed.count).toBe(1);
  });
});

describe("the publisher's name", () => {
  it("is marked with the article's language and direction when written in its letters, and left to the page's when not", () => {
    const publisher = (name: string, language: string) =>
      model(indexOf(makeCorpus({ body: 'نص المقال.', article: { publisher: name, language } }))).publisherAttrs;
    expect(publisher('صحيفة الرافد', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(publisher('Dawn', 'ur')).toEqual({});
    expect(model(indexOf(makeCorpus({ body: 'Text.' }))).publisherAttrs).toEqual({});
  });
});

describe('a venue the article names that is no source', () => {
  it("keeps the article's words for it in the chain, the chain in words and the share card", () => {
    const index = indexOf(
      makeCorpus({
        body: 'The council said in a statement that the pipes leak.',
        sources: { council: { name: 'The council', kind: 'government' } },
        claims: {
          leaks: {
            statement: 'The pipes leak.',
            attribution: [{ source: 'council', verb: 'said', venueAs: 'in a statement' }],
            anchor: { exact: 'the pipes leak' },
          },
        },
      }),
    );
    const link = model(index).claims.get('leaks')?.chain[0];
    expect(link?.venue?.source).toBeUndefined();
    expect(link?.venue?.parts).toEqual([{ text: 'in a statement', article: true }]);
    expect(linkText(link ?? assert.fail('no chain'))).toBe('The council said in a statement');
    const claim = index.claims.get('leaks') ?? assert.fail('no claim');
    expect(claimCard(index, claim, 'example.org').chain[0]?.venue).toBe('in a statement');
    const edge = buildGraph(index, 'a').edges.find((e) => e.to === 'claim:leaks');
    expect(edgeWords(edge ?? assert.fail('no edge'))).toBe('“said” in a statement');
  });
});

describe("an arrow's words in a right-to-left article", () => {
  it("set the article's words apart from the quotation marks, so a closing mark is not carried into the Arabic", () => {
    const index = indexOf(
      makeCorpus({
        body: 'قال المجلس في بيان إن الأنابيب تسرب.',
        article: { language: 'ar' },
        sources: { council: { name: 'The council', kind: 'government' } },
        claims: {
          leaks: { statement: 'The pipes leak.', attribution: [{ source: 'council', verb: 'قال', venueAs: 'في بيان' }], anchor: { exact: 'الأنابيب تسرب' } },
        },
      }),
    );
    const edge = buildGraph(index, 'a').edges.find((e) => e.to === 'claim:leaks');
    expect(edgeWords(edge ?? assert.fail('no edge'))).toBe('“\u2068قال\u2069” \u2068في بيان\u2069');
  });
});

describe('related claims', () => {
  it('name who claims the other claim, so a denial is never listed as a bare statement', async () => {
    const built = await model(
      indexOf(
        makeCorpus({
          body: 'The paper reported a merger. The company denied it.',
          sources: { paper: { name: 'The Paper', kind: 'outlet' }, company: { name: 'The Company', kind: 'organisation' } },
          claims: {
            merger: { statement: 'A merger was agreed.', attribution: [{ source: 'paper', verb: 'reported' }], anchor: { exact: 'reported a merger' } },
            denial: {
              statement: 'No merger was agreed.',
              kind: 'denial',
              attribution: [{ source: 'company', verb: 'denied' }],
              relations: [{ type: 'contradicts', claim: 'merger' }],
              anchor: { exact: 'denied it' },
            },
          },
        }),
      ),
    );
    expect(built.claims.get('merger')?.related.map((r) => `${r.label} ${r.who}: ${r.statement}`)).toEqual([
      'Contradicted by a claim according to The Company: No merger was agreed.',
    ]);
  });
});
