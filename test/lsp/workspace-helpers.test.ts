/**
 * The workspace helpers the language server adds for single files: `.gitignore` checks for files
 * reported by the watcher (same answers as the CLI's walk) and the cached Helm chart-root lookup.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ChartRootCache } from '../../server/src/workspace/chart-root';
import { discoverFiles } from '../../server/src/workspace/discover';
import { GitIgnoreChecker } from '../../server/src/workspace/ignore-check';

let root: string;
const files: Record<string, string> = {
  '.gitignore': 'build/\n*.generated.yaml\n!keep.generated.yaml\n',
  'app/deploy.yaml': 'x',
  'app/x.generated.yaml': 'x',
  'app/keep.generated.yaml': 'x',
  'build/out.yaml': 'x',
  'sub/.gitignore': 'local.yaml\n',
  'sub/local.yaml': 'x',
  'sub/deep/local.yaml': 'x',
  'sub/other.yaml': 'x',
  'node_modules/pkg/m.yaml': 'x',
  'charts/web/Chart.yaml': 'name: web',
  'charts/web/values.yaml': 'x',
  'charts/web/templates/d.yaml': 'x',
  'charts/web/ci/values.yaml': 'x',
};

before(() => {
  root = mkdtempSync(join(tmpdir(), 'soc2lint-ws-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
});
after(() => rmSync(root, { recursive: true, force: true }));

void describe('GitIgnoreChecker', () => {
  void it('agrees with the CLI walk on every file', () => {
    const walked = new Set(discoverFiles([root], { cwd: root, excludes: [] }).files.map((f) => f.displayPath));
    const checker = new GitIgnoreChecker();
    for (const rel of Object.keys(files)) {
      if (!rel.endsWith('.yaml') || rel.endsWith('Chart.yaml')) continue;
      assert.equal(!checker.isIgnored(root, join(root, rel)), walked.has(rel), rel);
    }
  });

  void it('forgets a changed .gitignore', () => {
    const checker = new GitIgnoreChecker();
    assert.equal(checker.isIgnored(root, join(root, 'sub/other.yaml')), false);
    writeFileSync(join(root, 'sub/.gitignore'), 'other.yaml\n');
    assert.equal(checker.isIgnored(root, join(root, 'sub/other.yaml')), false, 'cached');
    checker.forget(join(root, 'sub/.gitignore'));
    assert.equal(checker.isIgnored(root, join(root, 'sub/other.yaml')), true);
    writeFileSync(join(root, 'sub/.gitignore'), 'local.yaml\n');
  });
});

void describe('ChartRootCache', () => {
  void it('finds the nearest chart root, never above the workspace folder', () => {
    const charts = new ChartRootCache();
    assert.deepEqual(charts.helmContextOf(join(root, 'charts/web/values.yaml'), root), { chartRelativePath: 'values.yaml' });
    assert.deepEqual(charts.helmContextOf(join(root, 'charts/web/templates/d.yaml'), root), { chartRelativePath: 'templates/d.yaml' });
    assert.deepEqual(charts.helmContextOf(join(root, 'charts/web/ci/values.yaml'), root), { chartRelativePath: 'ci/values.yaml' });
    assert.equal(charts.helmContextOf(join(root, 'app/deploy.yaml'), root), undefined);
    // Stopping at a folder below the chart: the chart is not seen.
    assert.equal(charts.helmContextOf(join(root, 'charts/web/ci/values.yaml'), join(root, 'charts/web/ci')), undefined);
  });

  void it('is cached until cleared', () => {
    const charts = new ChartRootCache();
    assert.equal(charts.helmContextOf(join(root, 'app/values.yaml'), root), undefined);
    writeFileSync(join(root, 'app/Chart.yaml'), 'name: app');
    assert.equal(charts.helmContextOf(join(root, 'app/values.yaml'), root), undefined);
    charts.clear();
    assert.deepEqual(charts.helmContextOf(join(root, 'app/values.yaml'), root), { chartRelativePath: 'values.yaml' });
  });
});
