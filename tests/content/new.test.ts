import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIONS } from '../../src/content/collections.ts';
import { slug } from '../../src/content/ids.ts';
import { runNew, type Io } from '../../src/content/scaffold.ts';
import { fieldsOf } from '../../src/content/schema-fields.ts';
import { check, PROJECT, scratchProject, TWO_STORIES } from './support.ts';

/** An editor at a terminal, answering from a script; any question beyond the script fails the test. */
function terminal(replies: string[]) {
  const asked: string[] = [];
  const said: string[] = [];
  const io: Io = {
    interactive: true,
    ask: async (question) => {
      asked.push(question);
      const reply = replies.shift();
      if (reply === undefined) throw new Error(`Unexpected question: ${question}`);
      return reply;
    },
    say: (line) => said.push(line),
  };
  return { io, asked, said, replies };
}

/** A script or CI job: no terminal, every answer from flags. */
function script() {
  const said: string[] = [];
  const io: Io = {
    interactive: false,
    ask: async () => {
      throw new Error('A non-interactive run must not ask anything.');
    },
    say: (line) => said.push(line),
  };
  return { io, said };
}

let project: ReturnType<typeof scratchProject>;
beforeEach(() => {
  project = scratchProject();
});
afterEach(() => project.cleanup());

const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
/** The fixture has two articles, so a record of one names it. */
const SEED = ['--article', 'pakistan-afghanistan-talks'];
/** The chain of the seed's claims about the "foreign country": the channels, as the article words them. */
const CHANNELS = ['--source', 'afghan-news-channels', '--verb', 'According to'];

describe('npm run new, from flags', () => {
  it('writes a source, a claim chained to it, a quote and an event that all pass the content check', async () => {
    const { io, said } = script();
    const root = ['--root', project.root];
    expect(
      await runNew(['source', ...root, '--name', 'Geo News anchor', '--kind', 'person', '--description', 'The presenter who interviewed Asif, as the article implies.'], io),
    ).toBe(0);
    expect(
      await runNew(
        [
          'claim',
          ...root,
          ...SEED,
          '--statement',
          'Islamabad had said it could not break the agreement.',
          '--kind',
          'statement',
          '--exact',
          'Islamabad had said it could not break the agreement',
          '--source',
          'new-report',
          '--verb',
          'added that',
          '--as',
          'The report',
          '--source',
          'pakistan',
          '--verb',
          'had said',
          '--as',
          'Islamabad',
        ],
        io,
      ),
    ).toBe(0);
    expect(
      await runNew(['quote', ...root, ...SEED, '--text', 'pulling the strings', '--speaker', 'khawaja-asif', '--claim', 'india-pulling-the-strings', '--id', 'strings-again'], io),
    ).toBe(0);
    expect(await runNew(['event', ...root, ...SEED, '--title', 'Asif speaks on Geo News', '--exact', 'Asif also said on Geo News', '--after', 'talks-fail'], io)).toBe(0);

    const result = check(project.root);
    expect(result.lines).toBe('');
    expect(result.loaded['sources']).toContain('geo-news-anchor');
    expect(result.loaded['claims']).toContain('islamabad-had-said-it-could-not');
    expect(result.loaded['quotes']).toContain('strings-again');
    expect(result.loaded['events']).toContain('asif-speaks-on-geo-news');
    const claim = result.corpus.claims.find((entry) => entry.id === 'islamabad-had-said-it-could-not');
    expect(claim?.data.attribution).toEqual([
      { source: 'new-report', verb: 'added that', as: 'The report' },
      { source: 'pakistan', verb: 'had said', as: 'Islamabad' },
    ]);
    expect(claim?.data.status).toBe('unverified');
    expect(said).toContain('Wrote content/claims/islamabad-had-said-it-could-not.md.');
  });

  it('explains every field in a comment, in the words of the schema', async () => {
    const { io } = script();
    await runNew(['source', '--root', project.root, '--name', 'Dawn', '--kind', 'outlet', '--description', 'A Pakistani newspaper.'], io);
    const text = read('content/sources/dawn.md');
    expect(text).toContain('# The name to show on every page that names this source ("Khawaja Asif", "TOLONews"). Another\n');
    expect(text).toContain("`aliases`, its words for the source in a link's `as`.\nname: Dawn\n");
    expect(text).toContain('# What the source is: `person`, `outlet`, `report`, `government`, `organisation`, `collective` or\n# `post`.\nkind: outlet\n');
    // Optional fields the editor did not give are there to fill in, commented out.
    expect(text).toContain('# partOf:\n');
  });

  it('writes an article with its text from a file, and proposes the id from the title', async () => {
    const { io, said } = script();
    const textFile = join(project.root, 'article.txt');
    writeFileSync(textFile, 'Officials said on Monday that talks would resume.\r\n\r\nA spokesperson declined to comment.\r\n');
    const code = await runNew(
      [
        'article',
        '--root',
        project.root,
        '--title',
        'Officials say talks will resume',
        '--published',
        '2025-11-03',
        '--summary',
        'Officials are reported to have said that talks would resume.',
        '--text-file',
        textFile,
      ],
      io,
    );
    expect(said.join('\n')).not.toContain('Nothing was written');
    expect(code).toBe(0);
    const text = read('content/articles/officials-say-talks-will-resume.md');
    expect(text).toContain('headline: null\n');
    expect(text).toContain('language: en\n');
    expect(text.endsWith('---\n\nOfficials said on Monday that talks would resume.\n\nA spokesperson declined to comment.\n')).toBe(true);
    expect(check(project.root).lines).toBe('');
  });

  it('takes `--headline null`, as the help words it, for no headline rather than the word "null"', async () => {
    const { io } = script();
    const code = await runNew(
      ['article', '--root', project.root, '--title', 'A third article', '--headline', 'null', '--publisher', 'null', '--published', '2025-11', '--summary', 'Careful words.'],
      io,
    );
    expect(code).toBe(0);
    const text = read('content/articles/a-third-article.md');
    expect(text).toContain('headline: null\n');
    expect(text).toContain('publisher: null\n');
    // An empty group reads as one, on its line: `sourceNotes: {}`.
    expect(text).toContain('sourceNotes: {}\n');
  });

  it('takes `--url null` as the guide words it, for an address not known, as leaving it out does', async () => {
    const { io, said } = script();
    const code = await runNew(['article', '--root', project.root, '--title', 'An article without address', '--url', 'null', '--published', '2025-11', '--summary', 'Careful words.'], io);
    expect(said.join('\n')).not.toContain('is not a web address');
    expect(code).toBe(0);
    expect(read('content/articles/an-article-without-address.md')).toContain('url: null\n');
  });

  it('gives two quotes of one speaker that open with the same small words ids of their own', async () => {
    const textFile = join(project.root, 'article.txt');
    writeFileSync(textFile, '"This was a made-up harbour story," the mayor said.\n\n"This was an ordinary week at the docks," she added.\n');
    const root = ['--root', project.root];
    expect(await runNew(['article', ...root, '--title', 'A mayor speaks of the harbour', '--published', '2025-11', '--summary', 'Careful words.', '--text-file', textFile], script().io)).toBe(0);
    const quote = (text: string) => ['quote', ...root, '--article', 'a-mayor-speaks-of-the-harbour', '--text', text, '--speaker', 'khawaja-asif'];
    const first = script();
    expect(await runNew(quote('This was a made-up harbour story,'), first.io)).toBe(0);
    const second = script();
    expect(await runNew(quote('This was an ordinary week at the docks,'), second.io)).toBe(0);
    expect(first.said).toContain('Wrote content/quotes/khawaja-asif-made-harbour-story.md.');
    expect(second.said).toContain('Wrote content/quotes/khawaja-asif-ordinary-week-docks.md.');
  });

  it("asks for the article's own words for a venue the article does not name, without proposing words of another article", async () => {
    const root = ['--root', project.root];
    expect(await runNew(['source', ...root, '--name', 'Harbour Radio', '--kind', 'outlet', '--description', 'A radio station.'], script().io)).toBe(0);
    const { io, said } = script();
    const args = ['claim', ...root, '--article', 'pakistan-afghanistan-talks', '--statement', 'India was pulling the strings.', '--kind', 'accusation'];
    const where = ['--exact', 'India was "pulling the strings"', '--source', 'khawaja-asif', '--verb', 'said', '--venue', 'harbour-radio'];
    expect(await runNew([...args, ...where], io)).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --venue harbour-radio (for --source khawaja-asif) needs the article's own words for it: add \`--venue-as "..."\` after it, with the words the article uses for where it was said, copied from it (the article does not use the venue's name)."`);
  });

  it('writes a source\'s name in its own script from flags, and refuses half of it', async () => {
    const root = ['--root', project.root];
    const args = ['source', ...root, '--kind', 'outlet', '--description', 'A news agency.', '--native-name-text', 'وكالة الأنباء'];
    expect(await runNew([...args, '--name', 'Press Agency', '--native-name-lang', 'ar'], script().io)).toBe(0);
    expect(read('content/sources/press-agency.md')).toContain('nativeName:\n  text: وكالة الأنباء\n  lang: ar\n');
    const half = script();
    expect(await runNew([...args, '--name', 'Other Agency'], half.io)).toBe(1);
    expect(half.said.join('\n')).toContain('--native-name-text/--native-name-lang: `nativeName` has no `lang`, and it is required.');
    expect(check(project.root).lines).toBe('');
  });

  it('an article without its text is written, and the editor is told the text is still missing', async () => {
    const { io, said } = script();
    const code = await runNew(['article', '--root', project.root, '--title', 'A second article', '--published', '2025-11', '--summary', 'Careful words.'], io);
    expect(code).toBe(0);
    expect(said.join('\n')).toContain('content/articles/a-second-article.md:30:1  (body)  The article has no text.');
    expect(said.join('\n')).toContain('Next: Paste the article text, verbatim, below the closing `---`');
  });

  it('never overwrites a file: the same command twice stops the second time, and the file is unchanged', async () => {
    const args = ['source', '--root', project.root, '--name', 'Dawn', '--kind', 'outlet', '--description', 'A Pakistani newspaper.'];
    expect(await runNew(args, script().io)).toBe(0);
    const before = read('content/sources/dawn.md');
    const second = script();
    expect(await runNew([...args.slice(0, 5), '--kind', 'organisation', '--description', 'Something else.'], second.io)).toBe(1);
    expect(second.said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. The id \`dawn\` (not given, so taken as the default): \`content/sources/dawn.md\` already exists, and \`npm run new\` never overwrites a file. If this is a different source, give it another id (such as \`dawn-2\` with --id); if it is the same, edit that file."`);
    expect(read('content/sources/dawn.md')).toBe(before);

    const explicit = script();
    expect(await runNew([...args, '--id', 'khawaja-asif'], explicit.io)).toBe(1);
    expect(explicit.said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --id "khawaja-asif": \`content/sources/khawaja-asif.md\` already exists, and \`npm run new\` never overwrites a file. If this is a different source, give it another id (such as \`khawaja-asif-2\` with --id); if it is the same, edit that file."`);
    expect(read('content/sources/khawaja-asif.md')).toBe(readFileSync(join(TWO_STORIES, 'content/sources/khawaja-asif.md'), 'utf8'));
  });

  it('refuses an article id that does not exist and names the nearest', async () => {
    const { io, said } = script();
    const events = check(project.root).loaded['events'];
    const code = await runNew(['event', '--root', project.root, '--article', 'pakistan-afghan-talks', '--title', 'Something'], io);
    expect(code).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --article "pakistan-afghan-talks": There is no article \`pakistan-afghan-talks\`. Did you mean \`pakistan-afghanistan-talks\`?"`);
    expect(check(project.root).loaded['events']).toEqual(events);
  });

  it('refuses words that are not in the article, naming the character that differs', async () => {
    const { io, said } = script();
    const code = await runNew(['quote', '--root', project.root, ...SEED, '--text', "It's not entirely clear", '--speaker', 'omar-samad'], io);
    expect(code).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --text "It's not entirely clear": These words are not in the article. The article has a curly apostrophe (’, U+2019) where the anchor has a straight apostrophe (', U+0027), after “It”. Copy the words from the article instead of typing them, so every quote mark and dash is the same."`);
  });

  it('refuses words with an invisible mark pasted into them, naming the mark and where it is', async () => {
    const { io, said } = script();
    const code = await runNew(['quote', '--root', project.root, ...SEED, '--text', "It’s not\u200e entirely clear", '--speaker', 'omar-samad'], io);
    expect(code).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --text "It’s not‎ entirely clear": These words are not in the article. The anchor has a left-to-right mark (U+200E), an invisible character, after “It’s not”, and the article does not. Delete it from the anchor, or copy the words from the article again."`);
  });

  it('asks for a prefix or suffix when the words occur twice, and says which ones would do', async () => {
    const { io, said } = script();
    const code = await runNew(
      ['claim', '--root', project.root, ...SEED, '--statement', 'Pakistan has an agreement with a foreign country.', '--kind', 'report', '--exact', 'foreign country', ...CHANNELS],
      io,
    );
    expect(code).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`"Nothing was written. --exact: these words occur 2 times in the article. Tell the scaffold which one with --prefix or --suffix: To choose one, for the one after “…f its agreement with a "”, add \`--prefix '"'\`; for the one after “…ng an agreement with a “”, add \`--prefix "“"\`."`);
    const retry = script();
    const again = await runNew(
      ['claim', '--root', project.root, ...SEED, '--statement', 'Pakistan has an agreement with a foreign country.', '--kind', 'report', '--exact', 'foreign country', '--prefix', '“', ...CHANNELS],
      retry.io,
    );
    expect(again).toBe(0);
    // The title is cut after six words, and never on the "with a" that leads into the rest.
    expect(read('content/claims/pakistan-has-an-agreement.md')).toContain('anchor:\n  exact: foreign country\n  prefix: “\n');
    expect(check(project.root).lines).toBe('');
  });

  it('takes off the quotation marks a quote was pasted with, and uses the opening one to tell same words apart', async () => {
    const { io, said } = script();
    expect(await runNew(['quote', '--root', project.root, ...SEED, '--text', '“foreign country”', '--speaker', 'afghan-news-channels', '--id', 'fc'], io)).toBe(0);
    expect(said[0]).toBe("  The quotation marks around the words are left out: the quote's text is `foreign country`.");
    expect(check(project.root).corpus.quotes.find((quote) => quote.id === 'fc')?.data).toMatchObject({ text: 'foreign country', prefix: '“' });
  });

  it('lists everything that is missing at once when there is no terminal to ask', async () => {
    const { io, said } = script();
    expect(await runNew(['quote', '--root', project.root], io)).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(`
      "Nothing was written: a new quote needs --article (the id of the article the quote appears in), --text (the quoted words exactly as printed, curly apostrophes included, without the quotation marks around them), --speaker (who the article says spoke these words: a source id).
      Give them as flags, or run \`npm run new -- quote\` in a terminal to be asked. \`npm run new -- quote --help\` lists the flags."
    `);
  });

  it('says how to quote a value with spaces when one word is left without a flag', async () => {
    const { io, said } = script();
    expect(await runNew(['source', '--root', project.root, '--name', 'Geo', 'News'], io)).toBe(1);
    expect(said).toEqual(['`News` has no flag before it. Every answer is given as `--flag value`; put a value with spaces in quotes, like `--name "Geo News"`.']);
  });

  it('says to put `--` after `npm run new` when npm kept the flags for itself and passed on only their values', async () => {
    // What npm does with `npm run new claim --article x --statement "y z"`: the flags become its
    // settings (`npm_config_article`…), and the script is run as `new.ts claim x y z`.
    process.env['npm_config_article'] = 'pakistan-afghanistan-talks';
    process.env['npm_config_statement'] = 'Talks failed.';
    try {
      const { io, said } = script();
      expect(await runNew(['claim', '--root', project.root, 'pakistan-afghanistan-talks', 'Talks failed.'], io)).toBe(1);
      expect(said).toEqual([
        'npm kept `--article`, `--statement` for itself, so this script saw only the values. Put `--` between `npm run new` and the rest: `npm run new -- claim --article …`.',
      ]);
    } finally {
      delete process.env['npm_config_article'];
      delete process.env['npm_config_statement'];
    }
  });

  it('suggests the kind or flag meant by a typo', async () => {
    const typoKind = script();
    expect(await runNew(['clam'], typoKind.io)).toBe(1);
    expect(typoKind.said[0]).toBe('`clam` is not something `npm run new` makes. Did you mean `claim`? Use one of: article, claim, quote, source, event, story.');
    const typoFlag = script();
    expect(await runNew(['claim', '--statment', 'x'], typoFlag.io)).toBe(1);
    expect(typoFlag.said[0]).toBe('`--statment` is not a flag for a new claim. Did you mean `--statement`?');
  });
});

describe('npm run new, from the schemas', () => {
  it('takes the only article as read when there is one', async () => {
    const root = join(project.root, 'one-article');
    mkdirSync(join(root, 'content/articles'), { recursive: true });
    // The article alone: its notes on sources name sources this folder does not have.
    const article = readFileSync(join(TWO_STORIES, 'content/articles/harbour-contract-dispute.md'), 'utf8').replace(/^sourceNotes:\n(?: .*\n)*/m, '');
    writeFileSync(join(root, 'content/articles/harbour-contract-dispute.md'), article);
    const { io } = script();
    expect(await runNew(['event', '--root', root, '--title', 'Officials deny the cancellation', '--exact', 'Officials in Port Averin denied'], io)).toBe(0);
    const result = check(root);
    expect(result.lines).toBe('');
    expect(result.corpus.events.map((event) => [event.id, event.data.article])).toEqual([['officials-deny-the-cancellation', 'harbour-contract-dispute']]);
  });

  for (const kind of ['article', 'claim', 'quote', 'source', 'event'] as const) {
    it(`offers a flag for every field of a ${kind} that holds a value, and writes every field into the file`, async () => {
      const collection = (`${kind}s`) as keyof typeof COLLECTIONS;
      const fields = fieldsOf(COLLECTIONS[collection].schema);
      const help = script();
      expect(await runNew([kind, '--help'], help.io)).toBe(0);
      const flags = new Set([...help.said.join('\n').matchAll(/^ {4}--([\w-]+)/gm)].map((m) => m[1]));
      for (const field of fields) {
        const name = field.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        const holdsValues = field.value.type !== 'group' && !(field.value.type === 'list' && field.value.element.type === 'group');
        if (holdsValues) expect([...flags].some((flag) => flag === name || `${flag}s` === name || `${flag}es` === name), `--${name}`).toBe(true);
      }
      const made = script();
      const answers: Record<typeof kind, string[]> = {
        article: ['--title', 'A title', '--published', '2025', '--summary', 'Careful words.'],
        claim: [...SEED, '--statement', 'Talks failed.', '--kind', 'report', '--exact', 'failed on Tuesday', '--own-voice'],
        quote: [...SEED, '--text', 'venomous', '--speaker', 'khawaja-asif', '--id', 'venomous-again', '--prefix', 'of “'],
        source: ['--name', 'Dawn', '--kind', 'outlet', '--description', 'A newspaper.'],
        event: [...SEED, '--title', 'Talks fail again'],
      };
      expect(await runNew([kind, '--root', project.root, ...answers[kind]], made.io), made.said.join('\n')).toBe(0);
      const [, path] = /Wrote (\S+)\./.exec(made.said.join('\n')) ?? [];
      const written = read(path ?? '');
      for (const field of fields) expect(written).toMatch(new RegExp(`^(# )?${field.key}:`, 'm'));
    });
  }

  it('checks the whole record before writing: a claim marked verified without a review is refused', async () => {
    const { io, said } = script();
    const args = ['claim', '--root', project.root, ...SEED, '--statement', 'Talks failed.', '--kind', 'report', '--exact', 'failed on Tuesday', '--own-voice', '--status', 'verified'];
    expect(await runNew(args, io)).toBe(1);
    expect(said.join('\n')).toMatchInlineSnapshot(
      `"Nothing was written. --status: A claim marked \`verified\` needs a \`review\` saying who established it. Add \`review:\` with \`by\`, \`url\`, \`date\` and \`summary\`, or use \`status: unverified\` if the article only reports the claim."`,
    );
  });
});

describe('npm run new, in a terminal', () => {
  it('asks only what it must, re-asks after a wrong answer with the reason, and writes a valid claim', async () => {
    const session = terminal([
      'pakistan-afghanistan-talks', // article: one of the two
      'Pakistan could not take action against ISIS.', // statement
      'Report', // kind: wrong case
      'report', // kind
      'could not take action against ISIS', // exact
      'tolonews-reprot', // sources: a typo
      'tolonews-report, pakistan', // sources
      'claimed', // verb for tolonews-report
      'a TOLONews report', // the article's words for it
      '', // no venue
      'saying', // verb for pakistan
      '', // the article's words for it: its name
      'geo-news', // a venue, to show that its words are asked for
      'on Geo News', // the venue's words
      '', // hedges
      'pakistan-change-of-stance', // events
      '', // id: the proposed one
    ]);
    const code = await runNew(['claim', '--root', project.root], session.io);
    expect(session.said.join('\n')).not.toContain('Nothing was written');
    expect(code).toBe(0);
    expect(session.replies).toEqual([]);
    expect(session.asked).toEqual([
      'Article id (harbour-contract-dispute, pakistan-afghanistan-talks): ',
      'Statement: one assertion, written neutrally as stated: not negated, not judged: ',
      'Kind (statement, report, allegation, accusation, acknowledgement, denial, demand, warning, assessment, observation, question, prediction): ',
      'Kind (statement, report, allegation, accusation, acknowledgement, denial, demand, warning, assessment, observation, question, prediction): ',
      'The words of the article, copied character for character (curly quotes included): ',
      'Who says it: source ids, outermost first (optional, separate several with commas, Enter to skip): ',
      'Who says it: source ids, outermost first (optional, separate several with commas, Enter to skip): ',
      'The article\'s verb for `tolonews-report` ("says", "according to"), copied from it: ',
      'The words the article uses for the source here, when they differ from its name ("Islamabad") (for `tolonews-report`) (optional, Enter to skip): ',
      'Where it was said, as a source id (an interview on `geo-news`) (for `tolonews-report`) (optional, Enter to skip): ',
      'The article\'s verb for `pakistan` ("says", "according to"), copied from it: ',
      'The words the article uses for the source here, when they differ from its name ("Islamabad") (for `pakistan`) (optional, Enter to skip): ',
      'Where it was said, as a source id (an interview on `geo-news`) (for `pakistan`) (optional, Enter to skip): ',
      "The article's own words for where it was said, copied from it [on Geo News]: ",
      'Hedges: hedging words the article uses for the claim ("reportedly"), copied from it (optional, separate several with commas, Enter to skip): ',
      'Events: the ids of the events this claim is about (optional, separate several with commas, Enter to skip): ',
      'Id (the file name, lower-case words joined by hyphens) [pakistan-could-not-take-action-against]: ',
    ]);
    expect(session.said).toContain('  The text `Report` is not a valid `kind`. Did you mean `report`? Use one of: `statement`, `report`, `allegation`, `accusation`, `acknowledgement`, `denial`, `demand`, `warning`, `assessment`, `observation`, `question`, `prediction`.');
    expect(session.said).toContain('  There is no source `tolonews-reprot`. Did you mean `tolonews-report`?');
    const result = check(project.root);
    expect(result.lines).toBe('');
    expect(result.loaded['claims']).toContain('pakistan-could-not-take-action-against');
    expect(result.corpus.claims.find((entry) => entry.id === 'pakistan-could-not-take-action-against')?.data.attribution).toEqual([
      { source: 'tolonews-report', verb: 'claimed', as: 'a TOLONews report' },
      { source: 'pakistan', verb: 'saying', venue: 'geo-news', venueAs: 'on Geo News' },
    ]);
  });

  it('an ambiguous passage is settled by asking for a prefix, typed without its trailing space', async () => {
    const session = terminal([
      'pakistan-afghanistan-talks', // article
      'Asif', // text: a word the article uses more than once
      'Khawaja', // prefix, as an editor types it
      'khawaja-asif', // speaker
      '', // verb
      '', // claims
      'asif-name', // id
    ]);
    const code = await runNew(['quote', '--root', project.root], session.io);
    expect(session.said.join('\n')).toMatch(/These words occur \d times in the article\. To choose one, for the one after “…efence Minister Khawaja ”, give the prefix “Khawaja ”;/);
    expect(code).toBe(0);
    expect(session.replies).toEqual([]);
    expect(parse(read('content/quotes/asif-name.md').split('---\n')[1] ?? '')).toMatchObject({ text: 'Asif', prefix: 'Khawaja ' });
    expect(check(project.root).lines).toBe('');
  });
});

describe('the npm run new command', () => {
  it('runs without a terminal, exits non-zero on a clash, and never prints a stack trace', () => {
    const script = join(PROJECT, 'scripts/new.ts');
    const args = [script, 'source', '--root', project.root, '--name', 'Dawn', '--kind', 'outlet', '--description', 'A Pakistani newspaper.'];
    const first = execFileSync(process.execPath, args, { encoding: 'utf8' });
    expect(first).toContain('Wrote content/sources/dawn.md.');
    const second = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stdout).toContain('already exists');
    expect(`${second.stdout}${second.stderr}`).not.toMatch(/\n\s+at /);
    expect(existsSync(join(project.root, 'content/sources/dawn-2.md'))).toBe(false);
  });

  it('makes ids the checker accepts from any title', () => {
    expect(slug('Pakistan’s Defence Minister accuses the Afghan side of “venomous” statements')).toBe('pakistans-defence-minister-accuses-the-afghan');
    expect(slug('Çatalhöyük — a report')).toBe('catalhoyuk-a-report');
    expect(slug('U.S. media outlets report a meeting')).toBe('us-media-outlets-report-a-meeting');
  });

  it('cuts an id after whole words and never on a word that leads into the rest, in the article’s language and script', () => {
    // Six words would end on "with"; the id stops at the last meaningful word.
    expect(slug('Talks resume in Doha along with a second round')).toBe('talks-resume-in-doha-along');
    expect(slug('Minister Asif spoke at length of the talks')).toBe('minister-asif-spoke-at-length');
    // A title that fits is kept whole, whatever its last word.
    expect(slug('What the minister said')).toBe('what-the-minister-said');
    // Persian: "negotiations of Pakistan and Afghanistan in Doha" cut after "in" (در) drops it.
    expect(slug('مذاکرات پاکستان و افغانستان در دوحه', 5, 'fa')).toBe('mdhkrt-pkstn-w-fghnstn');
    expect(slug('外交部表示谈判将继续', 6, 'zh')).toMatch(/^wai-?jiao-?bu/);
  });

  it('keeps an id within the 60 characters the check allows, cut after a whole word', () => {
    // Six Turkish words would make 62 characters; the id the check then refused was proposed and written.
    const title = 'İstanbul Büyükşehir Belediyesi gece vapurlarının ertelendiğini söylüyor; bir gazete başka bir neden öne sürüyor';
    expect(slug(title, 6, 'tr')).toBe('istanbul-buyuksehir-belediyesi-gece-vapurlarinin');
    // Words that lead into the rest are still dropped after the cut: not `…-of`.
    expect(slug('Extraordinarily comprehensive parliamentary investigation of procurements', 6)).toBe('extraordinarily-comprehensive-parliamentary-investigation');
    expect(slug('Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt', 6, 'de')).toHaveLength(60);
  });
});

describe('npm run new -- claim: each chain flag belongs to the --source before it', () => {
  const ARGS = ['claim', ...SEED, '--statement', 'India was pulling the strings.', '--kind', 'accusation', '--exact', 'Asif also said on Geo News that India was "pulling the strings"'];
  const run = async (...chain: string[]) => {
    const { io, said } = script();
    const code = await runNew([...ARGS, '--root', project.root, '--id', 'strings', ...chain], io);
    return { code, said: said.join('\n') };
  };

  it('binds --as and --venue to their own source, not by position (the case of the issue: a surname on an outlet)', async () => {
    const made = await run('--source', 'geo-news', '--verb', 'on', '--source', 'khawaja-asif', '--verb', 'said', '--as', 'Asif', '--venue', 'geo-news', '--venue-as', 'on Geo News');
    expect(made.said).not.toContain('Nothing was written');
    expect(made.code).toBe(0);
    const claim = check(project.root).corpus.claims.find((entry) => entry.id === 'strings');
    expect(claim?.data.attribution).toEqual([
      { source: 'geo-news', verb: 'on' },
      { source: 'khawaja-asif', verb: 'said', as: 'Asif', venue: 'geo-news', venueAs: 'on Geo News' },
    ]);
  });

  it('refuses each misuse with the fix, and writes nothing', async () => {
    const outcomes = [
      await run('--as', 'Asif', '--source', 'khawaja-asif', '--verb', 'said'),
      await run('--source', 'geo-news', '--source', 'khawaja-asif', '--verb', 'on', '--verb', 'said'),
      await run('--source', 'khawaja-asif', '--as', 'Asif'),
      await run('--source', 'khawaja-asif', '--verb', 'said', '--venue', 'geo-news'),
      await run(),
      await run('--own-voice', '--source', 'khawaja-asif', '--verb', 'said'),
      await run('--source', 'khawaja-asif', '--verb', 'sai'),
      await run('--source', 'khawaja-asif', '--verb', 'said', '--as', 'Asi'),
      await run('--source', 'khawaja-asif', '--verb', 'Said'),
    ];
    expect(outcomes.map((o) => o.code)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(outcomes.map((o) => o.said).join('\n')).toMatchInlineSnapshot(`
      "Nothing was written. \`--as "Asif"\` comes before any --source, so it belongs to no source. Each --as belongs to the --source before it: write \`--source <id> --verb "..." --as "Asif"\`.
      Nothing was written. --source khawaja-asif has two --verb ("on" and "said"). Each --verb belongs to the --source before it: start each link of the chain with its own --source, outermost first, like \`--source a --verb "according to" --source b --verb said --as he\`.
      Nothing was written: a new claim needs --verb after --source khawaja-asif.
      Give them as flags, or run \`npm run new -- claim\` in a terminal to be asked. \`npm run new -- claim --help\` lists the flags.
      Nothing was written. --venue geo-news (for --source khawaja-asif) needs the article's own words for it: add \`--venue-as "on Geo News"\` after it, copied from the article.
      Nothing was written. Who says it? Give --source <id> --verb "..." for each link of the chain, outermost first (each --as, --venue and --venue-as after the --source it belongs to), or --own-voice if the article says it in its own voice.
      Nothing was written. --own-voice says the article states this itself, but --source names who says it: give one or the other.
      Nothing was written. --verb "sai": The verb \`sai\` is not a whole word of the article: copy it from the article's own words. The nearest in the article: “said”.
      Nothing was written. --as "Asi" (for --source khawaja-asif): The name \`Asi\` is not a whole word of the article: copy it from the article's own words. The nearest in the article: “Asif”, “as”.
      Nothing was written. --verb "Said": The verb \`Said\` is not in the article as written: the article has “said”. Copy it as the article writes it, capitals included."
    `);
    expect(existsSync(join(project.root, 'content/claims/strings.md'))).toBe(false);
  });

  it('writes a claim in the article’s own voice only when told so, by flag or in a terminal', async () => {
    const flagged = script();
    expect(await runNew(['claim', '--root', project.root, ...SEED, '--statement', 'Talks failed on Tuesday.', '--kind', 'statement', '--exact', 'failed on Tuesday', '--own-voice', '--id', 'own'], flagged.io)).toBe(0);
    expect(check(project.root).corpus.claims.find((entry) => entry.id === 'own')?.data.attribution).toEqual([]);
    const session = terminal([
      'pakistan-afghanistan-talks',
      'Talks failed on Tuesday.',
      'statement',
      'failed on Tuesday',
      '', // no source
      'no', // not the article's own voice after all
      'khawaja-asif', // then a source
      'has accused', // its verb, found only in another paragraph
      '', // the article's words for it: its name
      '', // no venue
      '', // hedges
      '', // events
      'own-2',
    ]);
    expect(await runNew(['claim', '--root', project.root], session.io)).toBe(0);
    expect(session.asked).toContain('No source: does the article say this in its own voice, naming no source? (yes/no): ');
    expect(session.said).toContain('  Then name who says it: the source the article credits, outermost first.');
    expect(session.said.join('\n')).toContain('Note: the verb `has accused` is not in the paragraph of these words; the article has it in paragraph');
    expect(session.replies).toEqual([]);
  });
});
