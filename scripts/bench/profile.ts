/**
 * Where a build's CPU time goes, from the `.cpuprofile` files `node --cpu-prof` writes: self time
 * summed by function and by package or source file, so hot spots can be read without DevTools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** `node_modules/astro/...` → `astro`; a project file keeps its path from `src/` or `scripts/`. */
function owner(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const project = url.search(/\/(src|scripts|dist|\.astro|\.bench-cache)\//);
  if (project !== -1) return url.slice(project + 1);
  if (url.startsWith('node:')) return url;
  return url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: { name: string; ms: number }[];
  byFunction: { name: string; ms: number }[];
}

export function summariseProfiles(dir: string, top = 20): ProfileSummary {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => {
      const node = nodes.get(id);
      if (!node) return;
      const ms = (deltas[i] ?? 0) / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') return;
      totalMs += ms;
      const who = functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
      byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
      const fn = `${functionName || '(anonymous)'} ${owner(url)}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    });
  }
  const sorted = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms }));
  return { totalMs, byOwner: sorted(byOwner), byFunction: sorted(byFunction) };
}
