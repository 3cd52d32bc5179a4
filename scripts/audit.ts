/**
 * `npm run audit [-- --require-endpoint]`: fails when any dependency has a known high or critical
 * advisory, as `npm audit --audit-level=high` reports it.
 *
 * Every dependency is audited, dev ones included: Claimline has no runtime dependencies (it
 * publishes static files), so `--omit=dev` would audit nothing, while the build runs all of them
 * on the content and ships some of their code (Pagefind's search UI) in `dist/`.
 *
 * Advisories come from the registry's audit endpoint. A registry or mirror without one answers
 * with an error instead of a report: then no check was made, and the run says so in as many words.
 * It exits 0 there, so a machine behind such a mirror can still build, unless `--require-endpoint`
 * is given (CI on GitHub, whose registry has the endpoint), where it exits 2.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FAILING = ['high', 'critical'] as const;

export interface AuditVerdict {
  /** `pass`: audited, nothing high or critical; `fail`: advisories found; `unchecked`: no audit endpoint. */
  state: 'pass' | 'fail' | 'unchecked';
  lines: string[];
}

interface AuditReport {
  vulnerabilities?: Record<string, { name: string; severity: string; range?: string; via?: unknown[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { total?: number } };
  statusCode?: number;
  uri?: string;
  message?: string;
  error?: { summary?: string; detail?: string };
}

/** What `npm audit --json` printed, in words, and whether the run passes. */
export function auditVerdict(output: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    return { state: 'unchecked', lines: [`No advisory check was made: \`npm audit\` printed no report (${output.trim().slice(0, 200) || 'nothing'}).`] };
  }
  if (!report.vulnerabilities) {
    const why = report.statusCode ? `answered ${report.statusCode}` : (report.error?.summary ?? report.message ?? 'gave no report');
    return {
      state: 'unchecked',
      lines: [
        `No advisory check was made: the registry's audit endpoint ${why}${report.uri ? ` (${report.uri})` : ''}.`,
        'This registry or mirror has no audit endpoint. Run `npm run audit` where the registry has one (the public npm registry, as in CI on GitHub).',
      ],
    };
  }
  const found = Object.values(report.vulnerabilities).filter((v) => (FAILING as readonly string[]).includes(v.severity));
  const counts = report.metadata?.vulnerabilities ?? {};
  const total = report.metadata?.dependencies?.total;
  const summary = `${total === undefined ? 'Dependencies' : `${total} dependencies`} audited: ${['critical', 'high', 'moderate', 'low']
    .map((s) => `${counts[s] ?? 0} ${s}`)
    .join(', ')}.`;
  if (found.length === 0) return { state: 'pass', lines: [summary] };
  return {
    state: 'fail',
    lines: [
      summary,
      ...found
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((v) => {
          const titles = (v.via ?? []).flatMap((via) => (typeof via === 'object' && via && 'title' in via ? [String((via as { title: unknown }).title)] : []));
          return `${v.severity}: ${v.name}${v.range ? ` ${v.range}` : ''}${titles.length ? `: ${titles.join('; ')}` : ''}${v.fixAvailable ? ' (npm audit fix can update it)' : ''}`;
        }),
      'Update the package (`npm audit fix`, or a newer version in package.json), or replace it.',
    ],
  };
}

function isMain(): boolean {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
}

if (isMain()) {
  const requireEndpoint = process.argv.includes('--require-endpoint');
  const run = spawnSync('npm', ['audit', '--json', '--audit-level=high'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const verdict = auditVerdict(run.stdout ?? '');
  const mark = { pass: '✓', fail: '✗', unchecked: '!' }[verdict.state];
  console.log(`${mark} Dependency audit (high and critical advisories)`);
  for (const line of verdict.lines) console.log(`    ${line}`);
  if (verdict.state === 'fail') process.exit(1);
  if (verdict.state === 'unchecked' && requireEndpoint) process.exit(2);
}
