import { dateBounds } from '../dates.ts';
import { normalizeDate } from '../schemas/date.ts';
import { at, eachRecord, type Rule } from './context.ts';

/** The order of events: `after` never goes round in a circle, and never puts an event before a date it must follow. */
export const eventOrder: Rule = ({ records }) => {
  const events = records.events;
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const cycles = eachRecord(events.values(), (root, report) => {
    const visit = (id: string, trail: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(id)), id];
        // A circle is told once, whichever of its events the walk reached it from.
        const key = cycle.slice(0, -1).sort().join(' ');
        const first = events.get(cycle[0] ?? '');
        if (reported.has(key) || !first) return;
        reported.add(key);
        const index = (first.data.after ?? []).indexOf(cycle[1] ?? '');
        report({
          ...at(first, ['after', Math.max(index, 0)]),
          message: `The events' order goes round in a circle: ${cycle.map((e) => `\`${e}\``).join(' comes after ')}.`,
          fix: 'An event cannot come before itself: remove the `after` line that the article does not support.',
        });
        return;
      }
      state.set(id, 'open');
      for (const next of events.get(id)?.data.after ?? []) {
        if (events.has(next)) visit(next, [...trail, id]);
      }
      state.set(id, 'done');
    };
    visit(root.id, []);
  });
  const dates = eachRecord(events.values(), (event, report) => {
    const mine = normalizeDate(event.data.date);
    (event.data.after ?? []).forEach((id, i) => {
      const other = events.get(id);
      if (!other) return;
      const theirs = normalizeDate(other.data.date);
      const a = dateBounds(mine);
      const b = dateBounds(theirs);
      if (a && b && a.latest < b.earliest) {
        report({
          ...at(event, ['after', i]),
          message: `This event is dated ${mine.value} but is said to come after \`${other.id}\`, dated ${theirs.value}.`,
          fix: 'Check both dates against the article, or remove the `after` line.',
        });
      }
    });
  });
  return [...cycles, ...dates];
};
