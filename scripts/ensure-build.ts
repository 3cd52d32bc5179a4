/**
 * Runs before `npm test`: builds the site into `dist/` unless `dist/` already holds a finished build
 * newer than everything that goes into one, compared by modification time as make does. So
 * `npm run build && npm test` builds once, and `npm test` alone builds first on a fresh clone, after
 * an edit, or when the build was made for another base path or address.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { basePath } from '../src/build/settings.ts';

/** What a build is made from. A folder's own time changes when a file in it is added, removed or renamed. */
const INPUTS = ['content', 'src', 'public', 'astro.config.ts', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];
/** Written by the build's integrations at its end: a build that stopped half way lacks one of them. */
const FINISHED = ['index.html', 'sitemap-index.xml', 'pagefind/pagefind-entry.json'];
const DIST = 'dist';

/** The newest modification time under a path, folders included. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((time, name) => Math.max(time, newest(join(path, name))), stat.mtimeMs);
}

/** Why `dist/` must be built again, or undefined when it is up to date. */
export function staleBecause(root = '.'): string | undefined {
  const dist = join(root, DIST);
  const missing = FINISHED.find((file) => !existsSync(join(dist, file)));
  if (missing) return `there is no finished build in ${DIST}/ (no ${missing})`;
  const built = Math.min(...FINISHED.map((file) => statSync(join(dist, file)).mtimeMs));
  const changed = INPUTS.find((input) => newest(join(root, input)) >= built);
  if (changed) return `${changed} changed after ${DIST}/ was built`;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1] ?? '';
  const base = basePath(process.env['BASE_PATH']);
  if (new URL(canonical, 'http://x/').pathname !== base) return `${DIST}/ was built for another base path than ${base} (${canonical})`;
  const site = process.env['SITE_URL'];
  if (site && !canonical.startsWith(site)) return `${DIST}/ was built for another address than SITE_URL=${site} (${canonical})`;
  return undefined;
}

const reason = staleBecause();
if (reason === undefined) {
  console.log(`${DIST}/ is up to date with the code and the content: testing it as it is.`);
} else {
  console.log(`Building the site first: ${reason}.`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
