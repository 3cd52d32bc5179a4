/**
 * Synthetic corpora shaped like real analyses: articles of several paragraphs, sources shared
 * across articles (a few outlets and governments in many, most people in one), claims whose
 * anchors are verified against the article text, attribution chains of 0–3 links with the
 * article's own verbs, quotes, events dated to a day, a month, a year or not at all and ordered
 * by `after`, relations between claims, and editors' notes with cross-link directives.
 *
 * The text is generated so that every anchor occurs exactly once: each anchored passage carries
 * a made-up name used nowhere else in its article. `generateCorpus` checks every anchor with the
 * site's own `articleText` and `findQuote` before it returns, and the build checks it all again.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { findQuote } from '../../src/content/anchor.ts';
import { articleText } from '../../src/content/article-text.ts';
import { CLAIM_KINDS } from '../../src/content/schemas/claim.ts';
import { madeUpName, Random } from './random.ts';

/** One record to write: its id (the file name), its frontmatter, its markdown body. */
export interface GeneratedRecord {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface SyntheticCorpus {
  articles: GeneratedRecord[];
  sources: GeneratedRecord[];
  claims: GeneratedRecord[];
  quotes: GeneratedRecord[];
  events: GeneratedRecord[];
}

export interface CorpusOptions {
  /** How many articles. */
  articles: number;
  /** Claims in an article, on average. Default: 20. */
  claimsPerArticle?: number;
  /** Seed of the random source. Default: 6 (the issue's number). */
  seed?: number;
  /** The number of the first made-up name (default 0): two corpora whose names start far enough apart share no id, and can be built in one site. */
  names?: number;
}

interface SourceRef {
  id: string;
  name: string;
  kind: string;
  /** How the article can name it in running text, and the `as` to record when that differs from `name`. */
  mention: () => { text: string; as?: string };
}

const ROLES = ['Defence Minister', 'spokesperson', 'former ambassador', 'senior negotiator', 'security analyst', 'provincial governor', 'foreign minister'];
const OUTLET_FORMS = ['The {N} Courier', 'Radio {N}', '{N} Television', 'The {N} Herald', '{N} News Agency'];
const SUBJECTS = [
  'the checkpoint at {N}',
  'the delegation from {N}',
  'the convoy near {N}',
  'the agreement signed in {N}',
  'the militia based in {N}',
  'the airstrip outside {N}',
  'the ministry office in {N}',
  'the aid shipment to {N}',
  'the border crossing at {N}',
  'the council of {N}',
];
const PREDICATES = [
  'was closed without notice',
  'had received foreign funding',
  'violated the terms of the ceasefire',
  'was never consulted on the plan',
  'moved weapons across the border',
  'would be dissolved within a month',
  'had been infiltrated by foreign agents',
  'refused to attend the next round of talks',
  'was behind the attack on the market',
  'could not guarantee the safety of observers',
  'had asked for a written guarantee',
  'was ready to resume negotiations',
];
/** Verbs whose past tense and participle are the same word, so "had warned" and "warned" both read. */
const VERBS = ['said', 'claimed', 'alleged', 'warned', 'insisted', 'stated', 'suggested', 'maintained'];
const EVENTS: [title: string, text: string][] = [
  ['Talks in {N} break down', 'talks in {N} broke down'],
  ['A border clash near {N}', 'a border clash near {N} was reported'],
  ['A phone call between officials in {N}', 'officials in {N} held a phone call'],
  ['A convoy is stopped at {N}', 'a convoy was stopped at {N}'],
  ['A ceasefire is announced in {N}', 'a ceasefire was announced in {N}'],
  ['Prisoners are exchanged at {N}', 'prisoners were exchanged at {N}'],
  ['Protesters gather in {N}', 'protesters gathered in {N}'],
  ['An airstrike hits {N}', 'an airstrike hit {N}'],
];
const QUOTE_ADJECTIVES = ['shameful', 'reckless', 'historic', 'cynical', 'dangerous', 'hollow', 'long-awaited'];
const QUOTE_THINGS = ['betrayal of', 'gift to', 'insult to', 'turning point for', 'trap for', 'promise to'];
const FILLERS = [
  '{N} has been at the centre of the dispute for months.',
  'Residents of {N} say little has changed on the ground.',
  'The road to {N} remained closed to journalists.',
  'Earlier rounds of talks were held in {N}, without result.',
  'Trade through {N} has fallen by half since the spring.',
  'Observers from {N} were not present at the meeting.',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NATIVE_NAMES = [
  { text: 'تمیم باحث', lang: 'fa' },
  { text: 'عمر صمد', lang: 'ps' },
  { text: 'خواجہ آصف', lang: 'ur' },
];

const cap = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1);
/** A mention that opens a sentence: its words capitalised, its `as` too where the article's words start with it (the check holds `as` to the article's capitals). */
const opening = (mention: { text: string; as?: string }) => ({
  text: cap(mention.text),
  ...(mention.as ? { as: mention.text.startsWith(mention.as) ? cap(mention.as) : mention.as } : {}),
});
const fill = (template: string, name: string) => template.replaceAll('{N}', name);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dayWords(day: number): { weekday: string; long: string; month: string; year: string } {
  const date = new Date(day * 86_400_000);
  return {
    weekday: WEEKDAYS[date.getUTCDay()] as string,
    long: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    month: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`,
    year: String(date.getUTCFullYear()),
  };
}

/** Build a corpus in memory. Throws if any anchor it made does not occur exactly once. */
export function generateCorpus(options: CorpusOptions): SyntheticCorpus {
  const random = new Random(options.seed ?? 6);
  const perArticle = options.claimsPerArticle ?? 20;
  const width = Math.max(4, String(options.articles).length);
  let serial = options.names ?? 0;
  const fresh = () => madeUpName(serial++);
  const corpus: SyntheticCorpus = { articles: [], sources: [], claims: [], quotes: [], events: [] };

  // Sources shared across articles: outlets, governments, organisations, unnamed groups.
  const shared: SourceRef[] = [];
  const outlets: SourceRef[] = [];
  const sharedCount = 8 + Math.ceil(options.articles / 5);
  for (let i = 0; i < sharedCount; i++) {
    const place = fresh();
    const roll = i % 5;
    let record: GeneratedRecord;
    if (roll < 2) {
      const name = fill(random.pick(OUTLET_FORMS), place);
      record = { id: `${slug(name)}`, data: { name, kind: 'outlet', description: `A news outlet based in ${place}.` }, body: '' };
    } else if (roll === 2) {
      const name = `The government of ${place}`;
      record = {
        id: `government-of-${slug(place)}`,
        data: { name, kind: 'government', description: `The government of ${place}, as the articles refer to it.`, aliases: [place] },
        body: random.chance(0.3) ? `Often named by its capital in the articles, as \`${place}\`.\n` : '',
      };
    } else if (roll === 3) {
      const name = `The ${place} Institute for Peace`;
      record = { id: slug(name), data: { name, kind: 'organisation', description: `A research organisation in ${place}.` }, body: '' };
    } else {
      const name = `Media outlets in ${place}`;
      record = { id: slug(name), data: { name, kind: 'collective', description: `Outlets in ${place} that the articles do not name one by one.` }, body: '' };
    }
    corpus.sources.push(record);
    const name = String(record.data['name']);
    const ref: SourceRef = { id: record.id, name, kind: String(record.data['kind']), mention: () => ({ text: name.replace(/^The /, 'the ') }) };
    shared.push(ref);
    if (record.data['kind'] === 'outlet') outlets.push(ref);
  }

  for (let a = 0; a < options.articles; a++) {
    const articleId = `a${pad(a, width)}-${slug(fresh())}-talks`;
    const [placeA, placeB] = [fresh(), fresh()];
    const sentences: { text: string; paragraphBreak?: boolean }[] = [];
    const say = (text: string) => sentences.push({ text });

    // Sources of this article: people, a report, sometimes a post; and a few shared ones.
    const people: SourceRef[] = [];
    for (let p = 0; p < 3; p++) {
      const first = fresh();
      const last = fresh();
      const name = `${first} ${last}`;
      const id = `${articleId}-${slug(name)}`;
      const data: Record<string, unknown> = {
        name,
        kind: 'person',
        description: `A ${random.pick(ROLES)} from ${random.pick([placeA, placeB])}, as the article describes them.`,
        aliases: [last],
      };
      if (random.chance(0.5)) data['role'] = random.pick(ROLES);
      if (random.chance(0.5)) data['affiliation'] = random.pick([placeA, placeB]);
      if (random.chance(0.05)) data['nativeName'] = random.pick(NATIVE_NAMES);
      corpus.sources.push({ id, data, body: random.chance(0.2) ? `The article gives no more about ${name} than this.\n` : '' });
      let mentioned = false;
      people.push({
        id,
        name,
        kind: 'person',
        mention: () => {
          if (!mentioned) {
            mentioned = true;
            return { text: name };
          }
          return { text: last, as: last };
        },
      });
    }
    const outlet = outlets[random.zipf(outlets.length)] as SourceRef;
    const reportId = `${articleId}-report`;
    corpus.sources.push({
      id: reportId,
      data: {
        // Named for its article's talks: an outlet's reports on two talks are two sources a reader tells apart.
        name: `A report by ${outlet.name.replace(/^The /, 'the ')} on the ${placeA}–${placeB} talks`,
        kind: 'report',
        description: `A report the article cites, published by ${outlet.name.replace(/^The /, 'the ')}.`,
        partOf: outlet.id,
      },
      body: '',
    });
    const report: SourceRef = {
      id: reportId,
      name: 'report',
      kind: 'report',
      mention: () => ({ text: `a ${outlet.name.replace(/^The /, '')} report`, as: `a ${outlet.name.replace(/^The /, '')} report` }),
    };
    const picked = new Map<string, SourceRef>();
    const sharedWanted = random.int(3, 5);
    for (let tries = 0; picked.size < sharedWanted && tries < 50; tries++) {
      const ref = shared[random.zipf(shared.length)] as SourceRef;
      picked.set(ref.id, ref);
    }
    const others = [...picked.values()];
    const speakers = [...people, ...others.filter((s) => s.kind !== 'outlet')];
    const relays = [report, ...others.filter((s) => s.kind === 'outlet' || s.kind === 'collective')];
    let post: SourceRef | undefined;
    if (random.chance(0.3)) {
      const author = people[0] as SourceRef;
      const handle = `@${slug(author.name).replace(/-/g, '').slice(0, 15)}`;
      const postId = `${articleId}-post`;
      corpus.sources.push({
        id: postId,
        data: { name: `Post by ${author.name}`, kind: 'post', description: 'A post embedded in the article.', partOf: author.id, handle },
        body: 'Only the byline of the post survives in the text.\n',
      });
      post = { id: postId, name: `Post by ${author.name}`, kind: 'post', mention: () => ({ text: `a post by ${handle}`, as: `a post by ${handle}` }) };
      speakers.push(post);
    }

    // Events, earliest first, dated to various precisions; the article appears after the last.
    const eventCount = random.int(4, 7);
    const baseDay = Math.floor(Date.UTC(2023, 0, 1) / 86_400_000) + random.int(0, 1000);
    let day = baseDay;
    const events: { id: string; sentence: string; anchored: boolean }[] = [];
    for (let e = 0; e < eventCount; e++) {
      day += random.int(1, 12);
      const place = fresh();
      const [titleForm, textForm] = random.pick(EVENTS);
      const title = fill(titleForm, place);
      const text = fill(textForm, place);
      const id = `${articleId}-e${e + 1}`;
      const words = dayWords(day);
      const roll = random.next();
      const data: Record<string, unknown> = { article: articleId, title };
      let sentence: string;
      if (roll < 0.25) {
        data['date'] = isoDay(day);
        sentence = `On ${words.long}, ${text}.`;
      } else if (roll < 0.4) {
        data['date'] = {
          value: isoDay(day),
          text: words.weekday,
          inferred: `The article says only "${words.weekday}"; the date is worked out from the article's own date.`,
        };
        sentence = `On ${words.weekday}, ${text}.`;
      } else if (roll < 0.55) {
        data['date'] = isoDay(day).slice(0, 7);
        sentence = `In ${words.month}, ${text}.`;
      } else if (roll < 0.62) {
        data['date'] = { value: isoDay(day).slice(0, 7), qualifier: 'around' };
        sentence = `Around ${words.month}, ${text}.`;
      } else if (roll < 0.7) {
        data['date'] = isoDay(day).slice(0, 4);
        sentence = `In ${words.year}, ${text}.`;
      } else if (roll < 0.82) {
        data['date'] = { value: 'unknown', text: 'Earlier' };
        sentence = `Earlier, ${text}.`;
      } else {
        sentence = `At some point, ${text}.`;
      }
      // `after` only points back in time, so the order is acyclic and agrees with every date.
      const after: string[] = [];
      if (e > 0 && random.chance(0.5)) after.push(events[e - 1]?.id as string);
      if (e > 1 && random.chance(0.15)) after.push(events[e - 2]?.id as string);
      if (after.length > 0) data['after'] = after;
      const anchored = random.chance(0.75);
      if (anchored) data['anchor'] = { exact: text };
      corpus.events.push({
        id,
        data,
        body: random.chance(0.3) ? (data['date'] === undefined ? 'The article gives no date for this.\n' : 'Dated as the article dates it.\n') : '',
      });
      events.push({ id, sentence, anchored });
    }
    const published = day + random.int(0, 2);

    // Claims, each one sentence of the article whose whole passage is its anchor.
    const claimCount = Math.max(1, perArticle + random.int(-3, 3));
    const claims: { id: string; speaker: string | undefined }[] = [];
    const eventQueue = [...events];
    say(`${cap(fill(random.pick(FILLERS), placeA))}`);
    for (let c = 0; c < claimCount; c++) {
      const id = `${articleId}-c${pad(c + 1, 2)}`;
      const clause = `${fill(random.pick(SUBJECTS), fresh())} ${random.pick(PREDICATES)}`;
      const depthRoll = random.next();
      const depth = depthRoll < 0.15 ? 0 : depthRoll < 0.6 ? 1 : depthRoll < 0.9 ? 2 : 3;
      const verb = random.pick(VERBS);
      const hedged = depth > 0 && random.chance(0.2);
      const hedge = hedged ? ' reportedly' : '';
      const link = (ref: SourceRef, linkVerb: string, mention: { text: string; as?: string }, venue?: SourceRef) => ({
        source: ref.id,
        verb: linkVerb,
        ...(mention.as ? { as: mention.as } : {}),
        // The article's own words for the venue, as the sentence below writes them.
        ...(venue ? { venue: venue.id, venueAs: `on ${venue.name.replace(/^The /, 'the ')}` } : {}),
      });
      let sentence: string;
      let attribution: Record<string, unknown>[] = [];
      const speaker = random.pick(speakers);
      if (depth === 0) {
        sentence = cap(clause);
      } else if (depth === 1) {
        const who = opening(speaker.mention());
        const venue = speaker.kind === 'person' && random.chance(0.2) ? random.pick(outlets) : undefined;
        sentence = `${who.text}${hedge} ${verb}${venue ? ` on ${venue.name.replace(/^The /, 'the ')}` : ''} that ${clause}`;
        attribution = [link(speaker, verb, who, venue)];
      } else if (depth === 2) {
        // Never the speaker itself: a source does not pass a claim on to itself (the check refuses it).
        const outer = random.pick(relays.filter((r) => r.id !== speaker.id));
        const o = outer.mention();
        const who = speaker.mention();
        sentence = `According to ${o.text}, ${who.text}${hedge} ${verb} that ${clause}`;
        attribution = [link(outer, 'According to', o), link(speaker, verb, who)];
      } else {
        const outer = random.pick(relays.filter((r) => r.id !== speaker.id));
        const middle = random.pick(people.filter((p) => p.id !== speaker.id && p.id !== outer.id));
        const o = opening(outer.mention());
        const m = middle.mention();
        const who = speaker.mention();
        const outerVerb = outer.kind === 'report' ? 'said' : 'reported';
        sentence = `${o.text} ${outerVerb}, citing ${m.text}, that ${who.text} had${hedge} ${verb} that ${clause}`;
        attribution = [link(outer, outerVerb, o), link(middle, 'citing', m), link(speaker, verb, who)];
      }
      say(`${sentence}.`);
      const data: Record<string, unknown> = {
        article: articleId,
        statement: `${cap(clause)}.`,
        kind: random.pick(CLAIM_KINDS),
        attribution,
        anchor: { exact: sentence },
      };
      if (hedged) data['hedges'] = ['reportedly'];
      const statusRoll = random.next();
      if (statusRoll < 0.05) {
        data['status'] = statusRoll < 0.03 ? 'refuted' : 'verified';
        data['review'] = {
          by: `Fact check desk of ${outlet.name.replace(/^The /, 'the ')}`,
          url: `https://factcheck.example.org/${id}`,
          date: isoDay(published + 3),
          summary: statusRoll < 0.03 ? 'Records show the opposite of what the claim says.' : 'Records confirm what the claim says.',
        };
      }
      const about = random.next();
      if (about < 0.6) data['events'] = [random.pick(events).id];
      else if (about < 0.75) data['events'] = random.sample(events, 2).map((e) => e.id);
      // Relations point back to earlier claims only, so two claims never disagree about their link.
      if (claims.length > 0 && random.chance(0.3)) {
        const other = random.pick(claims);
        data['relations'] = [{ type: random.pick(['contradicts', 'supports', 'responds-to']), claim: other.id }];
      }
      let body = '';
      const noteRoll = random.next();
      if (noteRoll < 0.25) body = 'The article does not say how this is known.\n';
      else if (noteRoll < 0.4 && claims.length > 0)
        body = `Read it beside :claim[the earlier claim]{#${random.pick(claims).id}}, which the article sets against it.\n`;
      else if (noteRoll < 0.5) body = `See :event[the event it is about]{#${random.pick(events).id}} for how it is dated.\n`;
      corpus.claims.push({ id, data, body });
      claims.push({ id, speaker: attribution.length > 0 ? speaker.id : undefined });

      // Events, quotes and background are told between the claims, in order.
      if (eventQueue.length > 0 && random.chance(eventCount / claimCount + 0.05)) say((eventQueue.shift() as (typeof events)[number]).sentence);
      if (random.chance(0.25)) {
        const quoteSpeaker = random.pick(speakers);
        const who = quoteSpeaker.mention();
        const text = `a ${random.pick(QUOTE_ADJECTIVES)} ${random.pick(QUOTE_THINGS)} ${fresh()}`;
        const quoteVerb = random.pick(['said', 'remarked', 'told reporters']);
        const venue = random.chance(0.2) ? random.pick(outlets) : undefined;
        say(`${cap(who.text)} ${quoteVerb}${venue ? ` on ${venue.name.replace(/^The /, 'the ')}` : ''} that it was “${text}”.`);
        const carries = claims.filter((k) => k.speaker === quoteSpeaker.id);
        const data: Record<string, unknown> = { article: articleId, text, speaker: quoteSpeaker.id, verb: quoteVerb };
        if (venue) data['venue'] = venue.id;
        if (carries.length > 0) data['claims'] = [random.pick(carries).id];
        corpus.quotes.push({ id: `${articleId}-q${pad(corpus.quotes.length + 1, 5)}`, data, body: '' });
      }
      if (random.chance(0.15)) say(fill(random.pick(FILLERS), fresh()));
      if (random.chance(0.3)) sentences.push({ text: '', paragraphBreak: true });
    }
    for (const event of eventQueue) say(event.sentence);
    if (post) say(`— ${post.mention().text.replace(/^a post by /, '')} ${dayWords(published).long}`);

    const paragraphs: string[] = [];
    let current: string[] = [];
    for (const sentence of sentences) {
      if (sentence.paragraphBreak || current.length >= 4) {
        if (current.length > 0) paragraphs.push(current.join(' '));
        current = [];
      }
      if (sentence.text) current.push(sentence.text);
    }
    if (current.length > 0) paragraphs.push(current.join(' '));

    const inferred = random.chance(0.3);
    corpus.articles.push({
      id: articleId,
      data: {
        title: `A report on talks between ${placeA} and ${placeB}, and who is said to be to blame`,
        headline: random.chance(0.5) ? `${placeA} and ${placeB} talks collapse` : null,
        publisher: random.chance(0.5) ? outlet.name : null,
        url: random.chance(0.5) ? `https://news.example.org/${articleId}` : null,
        published: inferred
          ? { value: isoDay(published), qualifier: 'on-or-after', inferred: 'The text carries no date; it reports events up to this day.' }
          : isoDay(published),
        language: 'en',
        summary: `After talks between ${placeA} and ${placeB} failed, the article passes on what several sources say about why, and who they blame.`,
      },
      body: `${paragraphs.join('\n\n')}\n`,
    });
  }
  linkAcrossArticles(corpus, new Random((options.seed ?? 6) + 1));
  dropUnusedSources(corpus);
  verifyAnchors(corpus);
  return corpus;
}

/**
 * Threads and stories: about one article in three carries a claim of one of the five before it
 * (`sameAs`), and tells one of its events. Links only point back, so none makes a cycle; a random
 * source of their own keeps the rest of the corpus as it was.
 */
function linkAcrossArticles(corpus: SyntheticCorpus, random: Random): void {
  const byArticle = (records: GeneratedRecord[]) => {
    const out = new Map<string, GeneratedRecord[]>();
    for (const record of records) out.set(String(record.data['article']), [...(out.get(String(record.data['article'])) ?? []), record]);
    return out;
  };
  const claims = byArticle(corpus.claims);
  const events = byArticle(corpus.events);
  const ids = corpus.articles.map((article) => article.id);
  ids.forEach((id, k) => {
    if (k === 0 || !random.chance(0.35)) return;
    const earlier = ids[Math.max(0, k - random.int(1, 5))] as string;
    for (const records of [claims, events]) {
      const mine = records.get(id) ?? [];
      const theirs = records.get(earlier) ?? [];
      if (mine.length === 0 || theirs.length === 0) continue;
      random.pick(mine).data['sameAs'] = random.pick(theirs).id;
    }
  });
}

/** Every anchor must occur once in its article's text, as the build will insist. */
function verifyAnchors(corpus: SyntheticCorpus): void {
  const texts = new Map(corpus.articles.map((article) => [article.id, articleText(article.body)]));
  const once = (collection: string, record: GeneratedRecord, exact: string) => {
    const text = texts.get(String(record.data['article'])) ?? '';
    const found = findQuote(text, { exact }).length;
    if (found !== 1) throw new Error(`Generated ${collection}/${record.id}: its anchor occurs ${found} times in its article, not once: “${exact}”.`);
  };
  for (const claim of corpus.claims) once('claims', claim, (claim.data['anchor'] as { exact: string }).exact);
  for (const quote of corpus.quotes) once('quotes', quote, String(quote.data['text']));
  for (const event of corpus.events) {
    const anchor = event.data['anchor'] as { exact: string } | undefined;
    if (anchor) once('events', event, anchor.exact);
  }
}

/** Write the corpus as `content/<collection>/<id>.md`, replacing whatever was there. */
export function writeCorpus(corpus: SyntheticCorpus, contentDir: string): void {
  rmSync(contentDir, { recursive: true, force: true });
  for (const [collection, records] of Object.entries(corpus) as [keyof SyntheticCorpus, GeneratedRecord[]][]) {
    const dir = join(contentDir, collection);
    mkdirSync(dir, { recursive: true });
    for (const record of records) {
      const frontmatter = stringify(record.data, { lineWidth: 0 });
      writeFileSync(join(dir, `${record.id}.md`), `---\n${frontmatter}---\n${record.body ? `${record.body}` : ''}`);
    }
  }
}

export function countOf(corpus: SyntheticCorpus): Record<keyof SyntheticCorpus, number> {
  return {
    articles: corpus.articles.length,
    sources: corpus.sources.length,
    claims: corpus.claims.length,
    quotes: corpus.quotes.length,
    events: corpus.events.length,
  };
}

/**
 * An article's own sources that none of its claims, quotes or events came to use (its report, when
 * every claim went to other sources): an editor would not add them, and the check would warn of
 * each. Shared sources stay, as a newsroom keeps its list of outlets.
 */
function dropUnusedSources(corpus: SyntheticCorpus): void {
  const uses = JSON.stringify([corpus.articles, corpus.claims, corpus.quotes, corpus.events, corpus.sources.map((s) => s.data['partOf'] ?? null)]);
  const used = (id: string) => uses.includes(`"${id}"`) || uses.includes(`#${id}}`);
  corpus.sources = corpus.sources.filter((source) => !/^a\d+-/.test(source.id) || used(source.id));
}
