import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';

const site = builtSite();

describe('npm run check:dist over the built site', () => {
  it('finds no broken link or fragment, no error of the Nu checker or html-validate, and no inline code the CSP would block', () => {
    const run = spawnSync(process.execPath, ['scripts/check-dist.ts', site.dir, '--base', site.base], { encoding: 'utf8', timeout: 170_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 180_000);
});
