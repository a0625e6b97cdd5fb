/**
 * Golden files: `soc2lint report` over test/fixtures/report/workspace in every format, with a fixed
 * rule subset (GOLDEN_RULE_IDS), a pinned version and date, no timestamp and no git, so the files
 * change only when the report's shape or those rules' wording does.
 * Rewrite them after a deliberate change with: UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/report/golden
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GOLDEN_DIR, GOLDEN_RULE_IDS, REPORT_FIXTURES, REPO_ROOT, rulesById, runReportCli } from './helpers';

const FORMATS = ['html', 'md', 'json', 'sarif'] as const;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Absolute paths (none are expected) are replaced, so the files travel; the version is pinned by the helper. */
function normalise(text: string): string {
  return text.split(REPO_ROOT).join('<repo>');
}

void describe('golden report files', () => {
  const run = (format: string) =>
    runReportCli(['report', 'workspace', '--no-timestamp', '--no-git', '--today', '2026-06-01', '-f', format], { cwd: REPORT_FIXTURES, rules: rulesById(GOLDEN_RULE_IDS) });

  void it('the golden workspace exits 1 (error findings)', () => {
    const r = run('md');
    assert.equal(r.code, 1, r.stderr);
  });

  for (const format of FORMATS) {
    void it(`${format} matches test/fixtures/report/golden/report.${format}`, () => {
      const out = run(format);
      const actual = normalise(out.stdout);
      const file = join(GOLDEN_DIR, `report.${format}`);
      if (UPDATE || !existsSync(file)) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
        if (!UPDATE) assert.fail(`wrote missing golden file ${file}; re-run`);
        return;
      }
      assert.equal(actual, readFileSync(file, 'utf8'), `report.${format} differs from the golden file; if the change is intended run UPDATE_GOLDEN=1 node scripts/run-tests.mjs test/report/golden`);
    });
  }

  void it('the golden workspace reaches every status', () => {
    const json = JSON.parse(readFileSync(join(GOLDEN_DIR, 'report.json'), 'utf8')) as { criteria: { id: string; status: string }[] };
    const byId = Object.fromEntries(json.criteria.map((c) => [c.id, c.status]));
    assert.deepEqual(byId, { 'CC6.1': 'fail', 'CC6.2': 'not-evaluated', 'CC6.3': 'not-evaluated', 'CC6.6': 'partial', 'CC6.7': 'fail', 'CC6.8': 'not-evaluated', 'CC7.2': 'pass', 'CC7.3': 'fail', 'A1.2': 'not-evaluated' });
  });
});
