import { dateBounds } from '../dates.ts';
import { normalizeDate } from '../schemas/date.ts';
import type { AnyRec, Rec } from './context.ts';
import { at, eachRecord, type Records, type Rule } from './context.ts';

type Linked = Rec<'claims'> | Rec<'events'>;

/** The earliest day an article may have appeared, for telling which end of a circle is the first appearance. */
function publishedAt(records: Records, article: string | undefined): number {
  const published = article === undefined ? undefined : records.articles.get(article)?.data.published;
  return dateBounds(normalizeDate(published))?.earliest ?? Number.POSITIVE_INFINITY;
}

/**
 * `sameAs` on claims (a thread, issue 16.1) and on events (a story): a link to a record of another
 * article, which the references rule has already found to exist, never to one of the same article,
 * and never round in a circle. Each record has one `sameAs`, so following it from any record either
 * ends or comes back: a circle is told once, on the record whose article appeared first.
 */
function sameAsOf<C extends 'claims' | 'events'>(records: Records, collection: C) {
  const folder = records[collection] as ReadonlyMap<string, Linked>;
  const one = collection === 'claims' ? 'claim' : 'event';
  const joins = collection === 'claims' ? 'one thread, followed across the articles that carry it' : 'one story';
  const told = new Set<string>();
  return eachRecord(folder.values(), (record, report) => {
    const target = record.data.sameAs;
    if (target === undefined || target === record.id) return;
    const other = folder.get(target);
    if (!other) return;
    if (other.data.article !== undefined && other.data.article === record.data.article) {
      report({
        ...at(record, ['sameAs']),
        message: `\`sameAs\` names the ${one} \`${target}\`, which is in the same article \`${record.data.article}\`: \`sameAs\` joins ${one}s of different articles into ${joins}.`,
        fix:
          collection === 'claims'
            ? 'Name the claim of another article that asserts the same thing; for two claims of one article that agree, use `relations` with `type: supports`.'
            : 'Name the event of another article that tells of the same happening; for events of one article, use `after` for their order.',
      });
      return;
    }
    // Follow the links from here; a circle is reported only when this record is on it.
    const trail = [record.id];
    let next: string | undefined = target;
    while (next !== undefined && !trail.includes(next)) {
      trail.push(next);
      next = folder.get(next)?.data.sameAs;
    }
    if (next !== record.id) return;
    const key = [...trail].sort().join(' ');
    if (told.has(key)) return;
    const members = trail.map((id) => folder.get(id)).filter((r): r is Linked => r !== undefined);
    // The record whose article appeared first is the thread's first appearance: its own `sameAs` is the one to remove.
    const first = [...members].sort((a, b) => publishedAt(records, a.data.article) - publishedAt(records, b.data.article) || a.id.localeCompare(b.id))[0];
    if (first?.id !== record.id) return;
    told.add(key);
    const from = trail.indexOf(record.id);
    const circle = [...trail.slice(from), ...trail.slice(0, from), record.id];
    report({
      ...at(record, ['sameAs']),
      message: `The \`sameAs\` links go round in a circle: ${circle.map((id) => `\`${id}\``).join(' is the same as ')}.`,
      fix: `Point each \`sameAs\` one way, from a later appearance to an earlier one: remove \`sameAs\` here, as \`${record.id}\` is in the article that appeared first.`,
    });
  });
}

export const sameAs: Rule = ({ records }) => [...sameAsOf(records, 'claims'), ...sameAsOf(records, 'events')];

/** What to say when a record's `sameAs` names the record itself. */
export function sameAsSelf(record: AnyRec): { message: string; fix: string } {
  const one = record.collection === 'events' ? 'event' : 'claim';
  return {
    message: `\`sameAs\` names this ${one} itself.`,
    fix: `Name the ${one} of another article that ${one === 'claim' ? 'asserts the same thing' : 'tells of the same happening'}, or remove \`sameAs\`.`,
  };
}
