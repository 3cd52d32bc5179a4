import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/audit.ts';

/** Reports as `npm audit --json` prints them (npm 11), cut to the fields the verdict reads. */
const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts, dependencies: { total: 708 } } });

describe('the dependency audit', () => {
  it('passes when nothing high or critical is known, moderate ones counted', () => {
    const verdict = auditVerdict(report({ 'some-lib': { name: 'some-lib', severity: 'moderate', via: [] } }, { critical: 0, high: 0, moderate: 1, low: 0 }));
    expect(verdict).toEqual({ state: 'pass', lines: ['708 dependencies audited: 0 critical, 0 high, 1 moderate, 0 low.'] });
  });

  it('fails on a high or critical advisory, naming the package, the range and the advisory', () => {
    const verdict = auditVerdict(
      report(
        {
          'xml-thing': {
            name: 'xml-thing',
            severity: 'critical',
            range: '<2.1.0',
            via: [{ title: 'Prototype pollution in parse()', url: 'https://example.org/advisory' }],
            fixAvailable: true,
          },
          'uses-it': { name: 'uses-it', severity: 'high', via: ['xml-thing'], fixAvailable: false },
        },
        { critical: 1, high: 1, moderate: 0, low: 0 },
      ),
    );
    expect(verdict.state).toBe('fail');
    expect(verdict.lines).toEqual([
      '708 dependencies audited: 1 critical, 1 high, 0 moderate, 0 low.',
      'high: uses-it',
      'critical: xml-thing <2.1.0: Prototype pollution in parse() (npm audit fix can update it)',
      'Update the package (`npm audit fix`, or a newer version in package.json), or replace it.',
    ]);
  });

  it('says plainly that no check was made when the registry has no audit endpoint, as npm prints it then', () => {
    const verdict = auditVerdict(
      JSON.stringify({
        message: '405 Method Not Allowed - POST https://mirror.example/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        uri: 'https://mirror.example/-/npm/v1/security/advisories/bulk',
        error: { summary: '', detail: '' },
      }),
    );
    expect(verdict.state).toBe('unchecked');
    expect(verdict.lines[0]).toBe(
      "No advisory check was made: the registry's audit endpoint answered 405 (https://mirror.example/-/npm/v1/security/advisories/bulk).",
    );
    expect(auditVerdict('').state).toBe('unchecked');
  });
});
