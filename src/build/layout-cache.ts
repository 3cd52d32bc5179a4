import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { cacheDir, keepFile, packageVersion } from './cache.ts';
import type { LayoutEngine } from '../render/path-svg.ts';

/**
 * Laid-out thread paths kept between builds, as the share cards are (src/build/card-cache.ts):
 * elkjs takes 10 to 20 ms a path, and an unchanged thread gives the same path. Each
 * layout is stored under a hash of what elkjs is given (every node's size, every edge and label,
 * every option) and of elkjs's version, so any change to the article, to how boxes are measured or
 * to the layout options is laid out afresh. Only elkjs's answer is kept: what the site does with
 * it (src/render/path-svg.ts) runs on every build.
 */

/** `node_modules/.cache/claimline-layouts`, beside the share cards. */
export const LAYOUT_CACHE_DIR = cacheDir('claimline-layouts');

let elkVersion: string | undefined;

/** The cache key of a layout: a SHA-256 of elkjs's version and of the graph it is given. */
export function layoutKey(graph: ElkNode): string {
  elkVersion ??= packageVersion('elkjs');
  return createHash('sha256').update(`elkjs ${elkVersion}\0`).update(JSON.stringify(graph)).digest('hex');
}

/**
 * `engine`, with its answers kept in `dir`: a graph laid out before is read back, not laid out again.
 * A cached file that cannot be read as a layout is laid out again and replaced.
 */
export function cachedLayouts(engine: LayoutEngine, dir = LAYOUT_CACHE_DIR): LayoutEngine {
  return async (graph) => {
    const key = layoutKey(graph);
    const file = join(dir, `${key}.json`);
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as ElkNode;
      if (Array.isArray(kept.children)) return kept;
    } catch {
      // Not laid out yet, or unreadable.
    }
    const result = await engine(graph);
    keepFile(file, JSON.stringify(result));
    return result;
  };
}
