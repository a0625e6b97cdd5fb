/**
 * `soc2lint report`: several --format/-o pairs at once, formats from extensions, --no-timestamp
 * reproducibility, exit codes as `scan`, usage errors.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pairOutputs } from '../../server/src/cli/report-args';
import type { ComplianceReport } from '../../server/src/engine/report/index';
import { makeTree, removeTree, REPO_ROOT, runReportCli } from './helpers';

const tree = makeTree({
  'Dockerfile': 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
  'k8s/app.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: registry.example.com/c:1.0.0\n      securityContext:\n        privileged: true\n',
});
after(() => removeTree(tree));

void describe('soc2lint report', () => {
  void it('writes several formats at once and exits 1 on error findings, as scan does', () => {
    const r = runReportCli(['report', '.', '-f', 'html', '-o', 'out/r.html', '-f', 'json', '-o', 'out/r.json', '-f', 'md', '-o', 'out/r.md', '-f', 'sarif', '-o', 'out/r.sarif'], { cwd: tree });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, '');
    const json = JSON.parse(readFileSync(join(tree, 'out/r.json'), 'utf8')) as ComplianceReport;
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.generatedAt, '2026-06-01T12:00:00.000Z');
    assert.match(readFileSync(join(tree, 'out/r.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.match(readFileSync(join(tree, 'out/r.md'), 'utf8'), /^# SOC 2 compliance report/);
    assert.equal((JSON.parse(readFileSync(join(tree, 'out/r.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
    const scan = runReportCli(['scan', '.', '-f', 'json'], { cwd: tree });
    assert.equal(scan.code, r.code);
  });

  void it('exit codes follow --fail-on: none → 0, a usage error → 2', () => {
    assert.equal(runReportCli(['report', '.', '--fail-on', 'none', '-o', 'x.md'], { cwd: tree }).code, 0);
    assert.equal(runReportCli(['report', 'missing-folder'], { cwd: tree }).code, 2);
  });

  void it('takes the format from the extension of a lone -o; one format may go to stdout (md by default)', () => {
    const r = runReportCli(['report', '.', '-o', 'a.sarif', '-o', 'a.htm', '-o', '-', '--fail-on', 'none'], { cwd: tree });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# SOC 2 compliance report/);
    assert.match(readFileSync(join(tree, 'a.htm'), 'utf8'), /<table class="summary">/);
    assert.equal(runReportCli(['report', '.', '--fail-on', 'none'], { cwd: tree }).stdout.slice(0, 2), '# ');
    assert.equal(runReportCli(['report', '.', '-f', 'json', '--fail-on', 'none'], { cwd: tree }).stdout[0], '{');
  });

  void it('--no-timestamp: two runs give the same bytes in every format', () => {
    const run = (n: number) => {
      runReportCli(['report', '.', '--no-timestamp', '--no-git', '-o', `d${n}.html`, '-o', `d${n}.json`, '-o', `d${n}.md`, '-o', `d${n}.sarif`], { cwd: tree, now: new Date(Date.UTC(2026, 0, n)) });
      return ['html', 'json', 'md', 'sarif'].map((ext) => readFileSync(join(tree, `d${n}.${ext}`), 'utf8'));
    };
    const [a, b] = [run(1), run(2)];
    assert.deepEqual(a, b);
    assert.ok(!a[1]!.includes('generatedAt'));
  });

  void it('rejects unpaired formats, unknown extensions, two stdouts and --fix', () => {
    const cases: [string[], RegExp][] = [
      [['-f', 'html', '-f', 'json', '-o', 'a.html'], /2 --format and 1 --output/],
      [['-o', 'r.txt'], /cannot tell the format from the extension/],
      [['-f', 'pdf'], /--format: "pdf" is not one of html, md, json, sarif/],
      [['-f', 'md', '-o', '-', '-f', 'json', '-o', '-'], /only one format can be written to stdout/],
      [['-o', 'a.md', '-o', 'a.md'], /given twice/],
      [['--fix'], /report does not change files/],
    ];
    for (const [args, message] of cases) {
      const r = runReportCli(['report', '.', ...args], { cwd: tree });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  void it('shares the scan configuration handling (--rule, --config)', () => {
    const off = runReportCli(['report', '.', '-f', 'json', '--rule', 'K8S002=off', '--no-git'], { cwd: tree });
    const report = JSON.parse(off.stdout) as ComplianceReport;
    assert.ok(!report.findings.some((f) => f.ruleId === 'K8S002'));
    assert.equal(report.configuration.rules.K8S002, 'off');
    assert.equal(report.rules.find((r) => r.id === 'K8S002')!.enabled, false);
    assert.equal(runReportCli(['report', '.', '--config', 'nope.yaml'], { cwd: tree }).code, 2);
  });

  void it('pairOutputs pairs in order', () => {
    assert.deepEqual(pairOutputs(['html', 'json'], ['a', 'b']), [
      { format: 'html', file: 'a' },
      { format: 'json', file: 'b' },
    ]);
    assert.deepEqual(pairOutputs([], []), [{ format: 'md', file: undefined }]);
  });

  void it('help mentions the report command', () => {
    assert.match(runReportCli(['--help'], { cwd: REPO_ROOT }).stdout, /soc2lint report \[paths\.\.\.\]/);
  });
});
