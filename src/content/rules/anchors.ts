import { charAt, describeChar, resolveAnchor } from '../anchor.ts';
import { ambiguityHint, crossedParagraphs, lookAlikeHint, unseenHint, yamlString } from '../anchor-hints.ts';
import { ANCHORS, valuesAt, type FieldPath } from '../field-roles.ts';
import type { Anchor } from '../schemas/anchor.ts';
import { aNoun, codePointOf } from '../problems.ts';
import { allRecords, articleIdOf, at, eachRecord, singular, type Rule } from './context.ts';
import { withoutInvisible } from './text-policy.ts';
import { isLetterEdge, letterAt, wordCutAt } from '../words.ts';

function text(data: unknown, path: FieldPath): string | undefined {
  const [found] = valuesAt(data, path);
  return typeof found?.value === 'string' && found.value !== '' ? found.value : undefined;
}

/**
 * The line of the article's file that holds the character at `offset` of its text ("line 14 of
 * `content/articles/a.md`"), found as the same occurrence of that character in the body: Markdown
 * neither adds nor drops a mark or an invisible character. Undefined when the body holds that
 * character a different number of times.
 */
function lineIn(article: { file: string; body: string; bodyLine: number } | undefined, text: string): (offset: number) => string | undefined {
  return (offset) => {
    if (!article) return undefined;
    const char = charAt(text, offset);
    const offsets = (within: string) => {
      const found: number[] = [];
      for (let i = within.indexOf(char); i !== -1; i = within.indexOf(char, i + 1)) found.push(i);
      return found;
    };
    const inText = offsets(text);
    const inBody = offsets(article.body);
    const inFile = inBody[inText.indexOf(offset)];
    if (inText.length !== inBody.length || inFile === undefined) return undefined;
    return `line ${article.bodyLine + (article.body.slice(0, inFile).match(/\n/g)?.length ?? 0)} of \`${article.file}\``;
  };
}

/**
 * Where an anchor that matches starts or ends: inside a letter (a Thai vowel or tone mark, an Indic
 * vowel sign, a combining accent belongs to the letter before it), which the page's highlight would
 * split, is an error; inside a word of a script written with spaces (`lediyenin` of “Belediyenin”)
 * is a warning. Each says what it cuts, and the anchor extended to take it whole.
 */
function edgeProblem(text: string, range: { start: number; end: number }, language: string): { severity: 'error' | 'warning'; cut: string; detail: string; fix: string; exact: string } | undefined {
  const startCut = !isLetterEdge(text, range.start);
  const endCut = !isLetterEdge(text, range.end);
  if (startCut || endCut) {
    const start = letterAt(text, range.start).start;
    const end = endCut ? letterAt(text, range.end).end : range.end;
    const at = startCut ? range.start : range.end;
    const cut = letterAt(text, at);
    const letter = text.slice(cut.start, cut.end);
    const char = charAt(text, at);
    return {
      severity: 'error',
      cut: `${startCut ? 'starts' : 'ends'} inside the letter “${letter}”`,
      detail: `: ${startCut ? 'its first character' : 'the character after it'}, ${describeChar(char)}, is part of that letter`,
      fix: `Take the whole letter with its marks, so the highlight does not split it`,
      exact: text.slice(start, end),
    };
  }
  const firstCut = wordCutAt(text, range.start, language);
  const lastCut = wordCutAt(text, range.end, language);
  if (firstCut === undefined && lastCut === undefined) return undefined;
  const first = firstCut && text.slice(firstCut.start, firstCut.end);
  const last = lastCut && text.slice(lastCut.start, lastCut.end);
  const start = firstCut?.start ?? range.start;
  const end = lastCut?.end ?? range.end;
  return {
    severity: 'warning',
    detail: '',
    cut:
      first !== undefined && last !== undefined
        ? `starts inside the word “${first}” and ends inside the word “${last}”`
        : first !== undefined
          ? `starts inside the word “${first}”`
          : `ends inside the word “${last}”`,
    fix: 'Extend the anchor to whole words',
    exact: text.slice(start, end),
  };
}

/**
 * Every article has a text, and every anchor (a claim's or an event's `anchor`, a quote's `text`)
 * matches it exactly once. The range each anchor resolves to goes into the analysis, so nothing
 * after the check resolves an anchor again.
 */
export const anchors: Rule = ({ records, analysis }) => {
  // An article without text: its records' anchors and words wait for it, and the one line says so.
  const empty = eachRecord(records.articles.values(), (article, report) => {
    if ((analysis.texts.get(article.id) ?? article.body).trim() !== '') return;
    const waiting = (['claims', 'quotes', 'events'] as const).flatMap((collection) => {
      const count = [...records[collection].values()].filter((record) => record.data.article === article.id).length;
      return count === 0 ? [] : [`${count} ${singular(collection)}${count === 1 ? '' : 's'}`];
    });
    const its = waiting.length > 1 ? `${waiting.slice(0, -1).join(', ')} and ${waiting.at(-1)}` : waiting[0];
    report({
      file: article.file,
      line: article.bodyLine,
      column: 1,
      field: '(body)',
      message: `The article has no text${its ? `, so the anchors and words of its ${its} cannot be checked yet` : ''}.`,
      fix: 'Paste the article text, verbatim, below the closing `---`, with a blank line between paragraphs.',
    });
  });
  const resolved = eachRecord(allRecords(records), (record, report) => {
    const fields = ANCHORS[record.collection];
    const article = articleIdOf(record);
    const exact = fields && text(record.data, fields.exact);
    const articleText = article === undefined ? undefined : analysis.texts.get(article);
    if (!fields || exact === undefined || article === undefined || articleText === undefined || articleText.trim() === '') return;
    const prefix = text(record.data, fields.prefix);
    const suffix = text(record.data, fields.suffix);
    const anchor: Anchor = { exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
    const result = resolveAnchor(articleText, anchor);
    const key = `${record.collection}/${record.id}`;
    // Shown on one line, and an invisible character in it by its code point.
    const words = `${exact.slice(0, 50)}${exact.length > 50 ? '…' : ''}`
      .replace(/\n/g, '⏎')
      .replace(/\p{Cf}/gu, (char) => `⟨${codePointOf(char)}⟩`);
    const crossed = (result.ok ? exact.includes('\n') : result.reason === 'none') ? crossedParagraphs(articleText, exact) : undefined;
    if (crossed) {
      const name = String(fields.exact.at(-1));
      report({
        ...at(record, fields.exact),
        message: `“${words}” runs from one paragraph of the article \`${article}\` into the next, and an anchor must stay within one paragraph.`,
        fix: `Anchor only the words in one paragraph, copied from the article: ${crossed.map((part) => `\`${name}: ${yamlString(part)}\``).join(' or ')}; or write ${aNoun(singular(record.collection))} for each paragraph.`,
      });
      return;
    }
    // Words that miss only an invisible character the text policy refuses in the article: it names it there, the one thing to fix.
    if (!result.ok && result.reason === 'none' && resolveAnchor(withoutInvisible(articleText), anchor).ok) return;
    if (result.ok) {
      analysis.ranges.set(key, { start: result.start, end: result.end });
      analysis.articleOf.set(key, article);
      const edges = edgeProblem(articleText, result, records.articles.get(article)?.data.language ?? 'en');
      if (edges) {
        const name = String(fields.exact.at(-1));
        report({
          ...at(record, fields.exact),
          ...(edges.severity === 'warning' ? { severity: 'warning' as const } : {}),
          message: `“${words}” ${edges.cut} of the article \`${article}\`${edges.detail}.`,
          fix: `${edges.fix}: \`${name}: ${yamlString(edges.exact)}\`${edges.severity === 'warning' ? ', unless the article means the part' : ''}.`,
        });
      }
      return;
    }
    const bare = !prefix && !suffix;
    report({
      ...at(record, fields.exact),
      message:
        result.reason === 'none'
          ? `“${words}” is not in the article \`${article}\`${bare ? '' : ' with that prefix and suffix'}.`
          : `“${words}” occurs ${result.count} times in the article \`${article}\`, so the anchor is ambiguous.`,
      fix:
        (result.reason === 'none' && bare ? (lookAlikeHint(articleText, exact) ?? unseenHint(articleText, exact, lineIn(records.articles.get(article), articleText))) : undefined) ??
        (result.reason === 'many' && bare ? ambiguityHint(articleText, exact, fields.exact.length > 1 ? 'anchor' : 'quote') : undefined) ??
        result.hint,
    });
  });
  return [...empty, ...resolved];
};
