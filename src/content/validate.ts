import { DIRECTIVE_TARGETS, isDirectiveName } from './directives.ts';
import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { statusIssues } from './schemas/claim.ts';
import { ID_PATTERN } from './schemas/common.ts';
import { normalizeDate, type NormalizedDate } from './schemas/date.ts';
import { resolveAnchor, type TextRange } from './anchor.ts';
import { articleText } from './article-text.ts';
import { dateBounds } from './dates.ts';
import { formatPath, type Problem } from './problems.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type Corpus, type Entry } from './collections.ts';
import { parseMarkdownFile, positionOf } from './frontmatter.ts';
import { ambiguityHint, lookAlikeHint } from './anchor-hints.ts';
import type { SourceFile } from './read.ts';
import { issueToProblem, suggest } from './zod-problems.ts';

/** `a claim`, `an event`. */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

/**
 * The checker must never stop with a stack trace: whatever goes wrong while one file is checked
 * becomes a problem on that file, and every other file is still checked.
 */
function guarded(problems: Problem[], file: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: '(file)',
      message: `The checker stopped on this file with an unexpected error: ${error instanceof Error ? error.message : String(error)}.`,
      fix: 'Check the file against docs/editing-guide.md; if it looks right, report this message to the developers with the file attached.',
    });
  }
}

/** What the checks work out on the way, kept for the pages and the export. */
export interface Analysis {
  /** Each article's text, as anchors see it. */
  texts: Map<string, string>;
  /** Resolved anchors by `collection/id` (claims, quotes, events with an anchor). */
  ranges: Map<string, TextRange>;
  /** The article each resolved anchor is in, by the same key. */
  articleOf: Map<string, string>;
}

/** One article's analysis as the `analysis` collection stores it: its text, and `[start, end]` of each anchor by `collection/id`. */
export interface AnalysisData {
  text: string;
  ranges: Record<string, [number, number]>;
}

export interface ValidationResult {
  corpus: Corpus;
  analysis: Analysis;
  problems: Problem[];
}

/** File names the site's routes use for themselves: `/sources/page/2/` is the second page of the source list. */
export const RESERVED_IDS = new Set(['page']);


function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function idFromFile(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.md$/, '');
}

/**
 * Parse every field on its own, keeping those that are valid, so a record with one bad field is
 * still cross-checked on the rest and an editor sees every problem in one run.
 */
function partialParse(collection: CollectionName, data: unknown): Record<string, unknown> {
  const schema = COLLECTIONS[collection].schema;
  const out: Record<string, unknown> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const parsed = fieldSchema.safeParse((data as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}

const directiveParser = unified().use(remarkParse).use(remarkDirective);

export function validateFiles(files: readonly SourceFile[], initialProblems: readonly Problem[] = []): ValidationResult {
  const problems: Problem[] = [...initialProblems];
  const corpus: Corpus = { articles: [], sources: [], claims: [], quotes: [], events: [] };
  /** Every record that could be read at all, valid or not, for reference and duplicate checks. */
  const known = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Map<string, Entry<Record<string, unknown>>>()])) as Record<
    CollectionName,
    Map<string, Entry<Record<string, unknown>>>
  >;

  /** Ids of every file found, even one whose frontmatter cannot be read: a reference to it is not the problem. */
  const exists = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>;

  // 1. Each file on its own: frontmatter, id, schema.
  const readOne = (source: SourceFile) => {
    const { collection, file } = source;
    const parsed = parseMarkdownFile(file, source.text, problems);
    const id = idFromFile(file);
    if (!ID_PATTERN.test(id)) {
      const better = slugify(id) || 'a-name';
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `\`${id}.md\` cannot be an id: other records refer to a file by its name.`,
        fix: `Rename the file to \`${better}.md\` (lower-case letters, digits and hyphens).`,
      });
    }
    if (RESERVED_IDS.has(id)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `\`${id}\` is kept for the site's own pages (\`/${collection}/${id}/2/\` lists the next page), so it cannot name a record.`,
        fix: `Rename the file, for example to \`${id}-1.md\`, and the references to it.`,
      });
    }
    exists[collection].add(id);
    if (!parsed) return;
    const { schema, singular } = COLLECTIONS[collection];
    const result = schema.safeParse(parsed.data, { reportInput: true });
    const data = result.success ? (result.data as Record<string, unknown>) : partialParse(collection, parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(issueToProblem(issue, { file, singular, schema, positions: parsed.positions }));
      }
      const statusReported = result.error.issues.some((issue) => issue.code === 'custom' && issue.path.length === 1 && ['status', 'review'].includes(String(issue.path[0])));
      if (collection === 'claims' && !statusReported) {
        const raw = parsed.data as Record<string, unknown> | null;
        const hasReview = typeof raw === 'object' && raw !== null && raw['review'] !== undefined && raw['review'] !== null;
        for (const issue of statusIssues(data['status'], hasReview)) {
          problems.push(issueToProblem(issue as unknown as Parameters<typeof issueToProblem>[0], { file, singular, schema, positions: parsed.positions }));
        }
      }
    }
    const entry: Entry<Record<string, unknown>> = { id, file, data, body: parsed.body, bodyLine: parsed.bodyLine, positions: parsed.positions };
    const previous = known[collection].get(id);
    if (previous) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '(file name)',
        message: `Another ${singular} already has the id \`${id}\`: \`${previous.file}\`.`,
        fix: `Ids must be unique within \`content/${collection}/\`: rename one of the two files (and the references to it).`,
      });
      return;
    }
    known[collection].set(id, entry);
    if (result.success) {
      (corpus[collection] as Entry<unknown>[]).push(entry);
    }
  };

  for (const source of files) {
    guarded(problems, source.file, () => readOne(source));
  }

  const at = (entry: Entry<unknown>, path: PropertyKey[]) => ({ file: entry.file, ...positionOf(entry.positions, path), field: formatPath(path) });

  // 2. References between records, with the nearest id suggested for a likely typo.
  const checkRef = (entry: Entry<unknown>, path: PropertyKey[], target: CollectionName, id: unknown): boolean => {
    if (typeof id !== 'string') return false;
    if (exists[target].has(id)) return true;
    const guess = suggest(id, [...exists[target]]);
    const elsewhere = COLLECTION_NAMES.find((other) => other !== target && exists[other].has(id));
    if (elsewhere && !guess) {
      problems.push({
        ...at(entry, path),
        message: `\`${id}\` is ${withArticle(COLLECTIONS[elsewhere].singular)} (in \`content/${elsewhere}/\`), but this field needs ${withArticle(COLLECTIONS[target].singular)}.`,
        fix: `Name ${withArticle(COLLECTIONS[target].singular)} from \`content/${target}/\` here, or add \`content/${target}/${id}.md\` (\`npm run new -- ${COLLECTIONS[target].singular}\`).`,
      });
      return false;
    }
    problems.push({
      ...at(entry, path),
      message: `There is no ${COLLECTIONS[target].singular} \`${id}\` in \`content/${target}/\`.`,
      fix: guess
        ? `Did you mean \`${guess}\`? Otherwise add \`content/${target}/${id}.md\` (\`npm run new -- ${COLLECTIONS[target].singular}\`).`
        : `Fix the id, or add \`content/${target}/${id}.md\` (\`npm run new -- ${COLLECTIONS[target].singular}\`).`,
    });
    return false;
  };
  type Rec = Entry<Record<string, unknown>>;
  const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  const ids = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

  for (const entry of known.sources.values()) {
    guarded(problems, entry.file, () => {
      if (entry.data['partOf'] !== undefined) {
        if (entry.data['partOf'] === entry.id) {
          problems.push({ ...at(entry, ['partOf']), message: 'A source cannot be part of itself.', fix: 'Name the outlet or author it belongs to, or remove `partOf`.' });
        } else checkRef(entry, ['partOf'], 'sources', entry.data['partOf']);
      }
    });
  }
  for (const entry of known.claims.values()) {
    guarded(problems, entry.file, () => {
      checkRef(entry, ['article'], 'articles', entry.data['article']);
      list(entry.data['attribution']).forEach((link, i) => {
        checkRef(entry, ['attribution', i, 'source'], 'sources', link['source']);
        if (link['venue'] !== undefined) checkRef(entry, ['attribution', i, 'venue'], 'sources', link['venue']);
      });
      list(entry.data['relations']).forEach((relation, i) => {
        if (relation['claim'] === entry.id) {
          problems.push({
            ...at(entry, ['relations', i, 'claim']),
            message: `The claim ${relation['type'] === 'contradicts' ? 'contradicts' : `is said to ${String(relation['type']).replace(/s$/, '')}`} itself.`,
            fix: 'A relation links two different claims: name the other claim, or remove this relation.',
          });
          return;
        }
        checkRef(entry, ['relations', i, 'claim'], 'claims', relation['claim']);
      });
      ids(entry.data['events']).forEach((id, i) => checkRef(entry, ['events', i], 'events', id));
    });
  }
  for (const entry of known.quotes.values()) {
    guarded(problems, entry.file, () => {
      checkRef(entry, ['article'], 'articles', entry.data['article']);
      checkRef(entry, ['speaker'], 'sources', entry.data['speaker']);
      if (entry.data['venue'] !== undefined) checkRef(entry, ['venue'], 'sources', entry.data['venue']);
      ids(entry.data['claims']).forEach((id, i) => checkRef(entry, ['claims', i], 'claims', id));
    });
  }
  for (const entry of known.events.values()) {
    guarded(problems, entry.file, () => {
      checkRef(entry, ['article'], 'articles', entry.data['article']);
      ids(entry.data['sources']).forEach((id, i) => checkRef(entry, ['sources', i], 'sources', id));
      ids(entry.data['after']).forEach((id, i) => {
        if (id === entry.id) {
          problems.push({ ...at(entry, ['after', i]), message: 'The event is listed as coming after itself.', fix: 'Name the event it came after, or remove this line.' });
        } else checkRef(entry, ['after', i], 'events', id);
      });
    });
  }

  // 3. Claims and events belong with records of their own article.
  const sameArticle = (entry: Rec, path: PropertyKey[], other: Rec | undefined, what: string) => {
    if (!other || other.data['article'] === undefined || entry.data['article'] === undefined) return;
    if (other.data['article'] !== entry.data['article']) {
      problems.push({
        ...at(entry, path),
        message: `The ${what} \`${other.id}\` belongs to the article \`${String(other.data['article'])}\`, not \`${String(entry.data['article'])}\`.`,
        fix: `Link only ${what}s of the same article here.`,
      });
    }
  };
  for (const entry of known.claims.values()) {
    guarded(problems, entry.file, () => {
      ids(entry.data['events']).forEach((id, i) => sameArticle(entry, ['events', i], known.events.get(String(id)), 'event'));
    });
  }
  for (const entry of known.events.values()) {
    guarded(problems, entry.file, () => {
      ids(entry.data['after']).forEach((id, i) => sameArticle(entry, ['after', i], known.events.get(String(id)), 'event'));
    });
  }
  for (const entry of known.quotes.values()) {
    guarded(problems, entry.file, () => {
      ids(entry.data['claims']).forEach((id, i) => sameArticle(entry, ['claims', i], known.claims.get(String(id)), 'claim'));
    });
  }

  // 4. Relations that cannot both hold.
  for (const entry of known.claims.values()) {
    guarded(problems, entry.file, () => {
      const relations = list(entry.data['relations']);
      const seen = new Map<string, string>();
      relations.forEach((relation, i) => {
        const other = String(relation['claim']);
        const type = String(relation['type']);
        const earlier = seen.get(other);
        if (earlier !== undefined) {
          problems.push({
            ...at(entry, ['relations', i]),
            message:
              earlier === type
                ? `The relation \`${type}\` to \`${other}\` is listed twice.`
                : `The claim both ${earlier === 'contradicts' || type === 'contradicts' ? 'contradicts and supports' : `${earlier} and ${type}`} \`${other}\`.`,
            fix: earlier === type ? 'Remove the repeated relation.' : 'Keep the one relation the article supports and remove the other.',
          });
        }
        seen.set(other, type);
        const back = known.claims.get(other);
        if (back && type !== 'responds-to') {
          const reverse = list(back.data['relations']).find((r) => r['claim'] === entry.id && r['type'] !== 'responds-to');
          if (reverse && reverse['type'] !== type && entry.id < other) {
            problems.push({
              ...at(entry, ['relations', i]),
              message: `This claim ${type} \`${other}\`, but \`${other}\` says it ${String(reverse['type'])} this claim.`,
              fix: `Make the two relations agree: change one in this file or in \`${back.file}\`.`,
            });
          }
        }
      });
    });
  }

  // 5. Anchors, quotes, verbs and hedges against each article's own text.
  const analysis: Analysis = { texts: new Map(), ranges: new Map(), articleOf: new Map() };
  for (const article of known.articles.values()) {
    if (article.body.trim() === '') {
      problems.push({
        file: article.file,
        line: article.bodyLine,
        column: 1,
        field: '(body)',
        message: 'The article has no text.',
        fix: 'Paste the article text, verbatim, below the closing `---`, with a blank line between paragraphs.',
      });
    }
    analysis.texts.set(article.id, articleText(article.body));
  }
  const anchorCheck = (
    collection: CollectionName,
    entry: Rec,
    path: PropertyKey[],
    anchor: { exact: string; prefix?: string; suffix?: string },
  ) => {
    const text = analysis.texts.get(String(entry.data['article']));
    if (text === undefined) return;
    const result = resolveAnchor(text, anchor);
    if (result.ok) {
      analysis.ranges.set(`${collection}/${entry.id}`, { start: result.start, end: result.end });
      analysis.articleOf.set(`${collection}/${entry.id}`, String(entry.data['article']));
      return;
    }
    const words = anchor.exact.length > 50 ? `${anchor.exact.slice(0, 50)}…` : anchor.exact;
    problems.push({
      ...at(entry, path),
      message:
        result.reason === 'none'
          ? `“${words}” is not in the article \`${String(entry.data['article'])}\`${anchor.prefix || anchor.suffix ? ' with that prefix and suffix' : ''}.`
          : `“${words}” occurs ${result.count} times in the article \`${String(entry.data['article'])}\`, so the anchor is ambiguous.`,
      fix:
        (result.reason === 'none' && !anchor.prefix && !anchor.suffix ? lookAlikeHint(text, anchor.exact) : undefined) ??
        (result.reason === 'many' && !anchor.prefix && !anchor.suffix ? ambiguityHint(text, anchor.exact, path[0] === 'text' ? 'quote' : 'anchor') : undefined) ??
        result.hint,
    });
  };
  // Each article's text lower-cased once: once per verb made the check quadratic in an article's claims (issue 6).
  const lowerTexts = new Map<string, string>();
  const inText = (entry: Rec, path: PropertyKey[], words: unknown, what: string) => {
    const article = String(entry.data['article']);
    const text = analysis.texts.get(article);
    if (text === undefined || typeof words !== 'string') return;
    let lower = lowerTexts.get(article);
    if (lower === undefined) {
      lower = text.toLowerCase();
      lowerTexts.set(article, lower);
    }
    if (!lower.includes(words.toLowerCase())) {
      problems.push({
        ...at(entry, path),
        message: `The ${what} \`${words}\` does not appear in the article.`,
        fix: `Copy the ${what} from the article's own words, so the chain reads as the article reads.`,
      });
    }
  };
  for (const entry of known.claims.values()) {
    guarded(problems, entry.file, () => {
      const anchor = entry.data['anchor'] as { exact: string } | undefined;
      if (anchor) anchorCheck('claims', entry, ['anchor', 'exact'], anchor);
      list(entry.data['attribution']).forEach((link, i) => {
        inText(entry, ['attribution', i, 'verb'], link['verb'], 'verb');
        if (link['as'] !== undefined) inText(entry, ['attribution', i, 'as'], link['as'], 'name');
      });
      ids(entry.data['hedges']).forEach((hedge, i) => inText(entry, ['hedges', i], hedge, 'hedge'));
    });
  }
  for (const entry of known.quotes.values()) {
    guarded(problems, entry.file, () => {
      const text = entry.data['text'];
      if (typeof text === 'string') {
        const prefix = entry.data['prefix'] as string | undefined;
        const suffix = entry.data['suffix'] as string | undefined;
        anchorCheck('quotes', entry, ['text'], { exact: text, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) });
      }
      if (entry.data['verb'] !== undefined) inText(entry, ['verb'], entry.data['verb'], 'verb');
    });
  }
  for (const entry of known.events.values()) {
    guarded(problems, entry.file, () => {
      const anchor = entry.data['anchor'] as { exact: string } | undefined;
      if (anchor) anchorCheck('events', entry, ['anchor', 'exact'], anchor);
    });
  }

  // 6. Event order: no cycles, and no order that the dates make impossible.
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visitEvent = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const key = [...cycle.slice(0, -1)].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      const entry = known.events.get(cycle[0] as string) as Rec;
      const index = ids(entry.data['after']).indexOf(cycle[1]);
      problems.push({
        ...at(entry, ['after', Math.max(index, 0)]),
        message: `The events' order goes round in a circle: ${cycle.map((e) => `\`${e}\``).join(' comes after ')}.`,
        fix: 'An event cannot come before itself: remove the `after` line that the article does not support.',
      });
      return;
    }
    state.set(id, 'open');
    const entry = known.events.get(id);
    for (const next of ids(entry?.data['after'])) {
      if (typeof next === 'string' && known.events.has(next)) visitEvent(next, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const [id, entry] of known.events) guarded(problems, entry.file, () => visitEvent(id, []));
  for (const entry of known.events.values()) {
    guarded(problems, entry.file, () => {
      const mine = normalizeDate(entry.data['date'] as Parameters<typeof normalizeDate>[0]);
      ids(entry.data['after']).forEach((id, i) => {
        const other = known.events.get(String(id));
        if (!other) return;
        const theirs: NormalizedDate = normalizeDate(other.data['date'] as Parameters<typeof normalizeDate>[0]);
        const a = dateBounds(mine);
        const b = dateBounds(theirs);
        if (a && b && a.latest < b.earliest) {
          problems.push({
            ...at(entry, ['after', i]),
            message: `This event is dated ${mine.value} but is said to come after \`${other.id}\`, dated ${theirs.value}.`,
            fix: 'Check both dates against the article, or remove the `after` line.',
          });
        }
      });
    });
  }

  // 7. Cross-links written in notes: `:claim[words]{#id}`.
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'articles') continue;
    for (const entry of known[collection].values()) {
      guarded(problems, entry.file, () => {
        if (!entry.body.includes(':')) return;
        const tree = directiveParser.parse(entry.body) as MdastRoot;
        visit(tree, (node) => {
          if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
          const name = node.name;
          const line = entry.bodyLine + (node.position?.start.line ?? 1) - 1;
          const column = node.position?.start.column ?? 1;
          const where = { file: entry.file, line, column, field: '(note)' };
          if (!isDirectiveName(name)) {
            // Only a directive with an id was meant as a cross-link; "Note:this" in prose is left alone.
            if (node.attributes?.id === undefined) return;
            const guess = suggest(node.name, Object.keys(DIRECTIVE_TARGETS));
            problems.push({
              ...where,
              message: `\`:${node.name}[…]\` is not a cross-link this site knows, so it would be shown as plain text.`,
              fix: `${guess ? `Did you mean \`:${guess}\`? ` : ''}Cross-links are ${Object.keys(DIRECTIVE_TARGETS).map((n) => `\`:${n}[…]{#id}\``).join(', ')}.`,
            });
            return;
          }
          if (node.type !== 'textDirective') {
            problems.push({
              ...where,
              message: `A cross-link starts with one colon, but this one has ${node.type === 'leafDirective' ? 'two' : 'three'}, so it would not become a link.`,
              fix: `Write it inside a sentence with a single colon: \`:${name}[the words]{#the-id}\`.`,
            });
            return;
          }
          const target = DIRECTIVE_TARGETS[name];
          const id = node.attributes?.id;
          if (!id) {
            problems.push({
              ...where,
              message: `The cross-link \`:${name}[…]\` does not say which ${name} it links to.`,
              fix: `Add the id after the brackets, like \`:${name}[the words]{#the-id}\`.`,
            });
            return;
          }
          if (!exists[target].has(id)) {
            const guess = suggest(id, [...exists[target]]);
            problems.push({
              ...where,
              message: `The cross-link names ${withArticle(name)} \`${id}\` that does not exist in \`content/${target}/\`.`,
              fix: guess ? `Did you mean \`{#${guess}}\`? Otherwise fix the id after \`#\`.` : `Fix the id after \`#\`, or add \`content/${target}/${id}.md\` (\`npm run new -- ${COLLECTIONS[target].singular}\`).`,
            });
          }
        });
      });
    }
  }

  // Records that failed their schema are not published; the problems above say why.
  for (const collection of COLLECTION_NAMES) {
    (corpus[collection] as Entry<unknown>[]).sort((a, b) => a.id.localeCompare(b.id));
  }
  return { corpus, analysis, problems };
}
