/**
 * The CLI in-process (runCli) with fake rules, for what the registry's rules cannot show yet:
 * quick fixes written back with BOM and CRLF intact, multi-pass fixing, suppressed findings in
 * json/sarif, the cross-file index, and rule crashes. The built binary is covered by cli.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { JsonReport } from '../../server/src/cli/format-json';
import { runCli, type CliIo } from '../../server/src/cli/run';
import { defineRule, type Rule } from '../../server/src/engine/rule';
import type { Finding } from '../../server/src/engine/types';
import { fixUntilStable, MAX_FIX_PASSES } from '../../server/src/workspace/fix-loop';
import { getNode, getPair, nodeRange, scalarValue, walkMaps } from '../../server/src/engine/yaml';
import { makeTree, removeTree } from './helpers';
import { sarifErrors, type SarifLog } from './sarif-schema';

/** `image: bad` is an error fixed to `image: good`; `image: worse` is fixed to `bad` first (two passes). */
const imageRule = defineRule({
  meta: {
    id: 'TST001',
    slug: 'no-bad-image',
    kind: 'kubernetes',
    title: 'Images must not be bad',
    controls: ['CC6.1'],
    severity: 'error',
    description: 'Test rule.',
    remediation: 'Use a good image.',
    fix: 'quickfix',
    messages: { bad: 'Container "{{name}}" uses image "{{image}}".' },
  },
  check(ctx) {
    for (const doc of ctx.yaml?.docs ?? []) {
      walkMaps(doc.contents, (map) => {
        const pair = getPair(map, 'image');
        const image = scalarValue(pair?.value);
        if (!pair || (image !== 'bad' && image !== 'worse')) return;
        const range = nodeRange(ctx.lines, pair.value)!;
        const name = String(scalarValue(getNode(map, 'name')) ?? '?');
        ctx.report({
          messageId: 'bad',
          range,
          data: { name, image },
          resource: { kind: 'Pod', name: 'p' },
          fix: { title: `Use a better image for ${name}`, edits: [{ range, newText: image === 'worse' ? 'bad' : 'good' }] },
        });
      });
    }
  },
});

/** Reports on every file how many workloads the whole workspace holds: proves the index is complete. */
const countRule = defineRule({
  meta: {
    id: 'TST002',
    slug: 'count-workloads',
    kind: 'workspace',
    title: 'Counts workloads',
    controls: ['CC6.6'],
    severity: 'info',
    description: 'Test rule.',
    remediation: 'None.',
    fix: 'none',
    messages: { count: '{{count}} workloads in the workspace.' },
  },
  check(ctx) {
    ctx.report({ messageId: 'count', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { count: ctx.index?.workloads().length ?? -1 } });
  },
});

const throwingRule = defineRule({
  meta: { ...countRule.meta, id: 'TST003', slug: 'always-throws', messages: { never: 'never' } },
  check() {
    throw new Error('boom');
  },
});

const pod = (name: string, image: string, eol = '\n') =>
  ['apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${name}`, 'spec:', '  containers:', `    - name: ${name}`, `      image: ${image}`, ''].join(eol);

const temps: string[] = [];
void after(() => temps.forEach(removeTree));

function run(files: Record<string, string | Buffer>, argv: string[], rules: readonly Rule[]) {
  const cwd = makeTree(files);
  temps.push(cwd);
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today: '2026-01-15',
    version: '9.9.9',
    rules,
  };
  const code = runCli(argv, io);
  return { code, stdout, stderr, cwd, read: (rel: string) => readFileSync(join(cwd, rel)) };
}

void describe('runCli --fix', () => {
  void it('applies quick fixes in place, keeping BOM and CRLF, and reports what changed and what is left', () => {
    const crlf = '\uFEFF' + pod('web', 'bad', '\r\n');
    const r = run({ 'a.yaml': crlf, 'b.yaml': pod('api', 'good') }, ['scan', '--fix'], [imageRule]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = r.read('a.yaml');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    assert.equal(bytes.toString('utf8'), '\uFEFF' + pod('web', 'good', '\r\n'));
    assert.equal(r.read('b.yaml').toString('utf8'), pod('api', 'good'), 'untouched file unchanged');
    assert.match(r.stdout, /^Fixed$/m);
    assert.match(r.stdout, /^ {2}a\.yaml {2}1 fix applied: Use a better image for web$/m);
    assert.match(r.stdout, /^0 findings \(0 errors, 0 warnings, 0 info\) in 2 files; 0 suppressed; 0 skipped$/m);
    assert.match(r.stdout, /^1 fix applied in 1 file$/m);
  });

  void it('iterates until stable (a fix that reveals another fix)', () => {
    const r = run({ 'a.yaml': pod('web', 'worse') }, ['scan', '--fix', '-f', 'json'], [imageRule]);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(r.read('a.yaml').toString('utf8'), pod('web', 'good'));
    assert.deepEqual(report.fixed, [{ file: 'a.yaml', fixes: ['Use a better image for web', 'Use a better image for web'] }]);
    assert.equal(report.summary.fixesApplied, 2);
    assert.equal(report.findings.length, 0);
  });

  void it('never fixes a suppressed finding, and without --fix never writes', () => {
    const text = '# soc2lint-ignore TST001: vendor image, ticket SEC-1\n' + pod('web', 'bad');
    const r = run({ 'a.yaml': text, 'b.yaml': pod('api', 'bad') }, ['scan'], [imageRule]);
    assert.equal(r.code, 1);
    assert.equal(r.read('b.yaml').toString('utf8'), pod('api', 'bad'));
    const fixed = run({ 'a.yaml': text }, ['scan', '--fix'], [imageRule]);
    assert.equal(fixed.read('a.yaml').toString('utf8'), text);
    assert.match(fixed.stdout, /0 findings .* 1 suppressed/);
  });
});

void describe('runCli reports', () => {
  const suppressedTree = {
    'a.yaml': '# soc2lint-ignore TST001 until=2026-12-31: vendor image, ticket SEC-1\n' + pod('web', 'bad'),
    'b.yaml': pod('api', 'bad'),
  };

  void it('json lists suppressed findings with their reasons and resources', () => {
    const r = run(suppressedTree, ['scan', '-f', 'json'], [imageRule]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.equal(report.tool.version, '9.9.9');
    assert.deepEqual(report.findings.map((f) => [f.file, f.ruleId, f.fixable]), [['b.yaml', 'TST001', true]]);
    assert.deepEqual(report.findings[0]!.resource, { kind: 'Pod', name: 'p' });
    assert.deepEqual(report.findings[0]!.range, { start: { line: 8, column: 14 }, end: { line: 8, column: 17 } });
    assert.equal(report.suppressed.length, 1);
    assert.deepEqual(report.suppressed[0]!.suppression, { reason: 'vendor image, ticket SEC-1', line: 1, scope: 'line', until: '2026-12-31' });
  });

  void it('text --verbose shows suppressed findings with reasons', () => {
    const r = run(suppressedTree, ['scan', '--verbose'], [imageRule]);
    assert.match(r.stdout, /^a\.yaml:9:14 {2}suppressed {2}TST001 {2}Container "web" uses image "bad"\. {2}\(reason: vendor image, ticket SEC-1, until 2026-12-31\)$/m);
    assert.match(r.stdout, /^b\.yaml:8:14 {2}error {4}TST001 {2}Container "api" uses image "bad"\. {2}\[CC6\.1\]$/m);
    assert.match(r.stdout, /1 finding \(1 error, 0 warnings, 0 info\) in 2 files; 1 suppressed; 0 skipped/);
  });

  void it('sarif marks suppressed results inSource with the justification, and validates', () => {
    const r = run(suppressedTree, ['scan', '-f', 'sarif', '--rule', 'TST001=warning'], [imageRule, countRule]);
    const log = JSON.parse(r.stdout) as SarifLog;
    assert.deepEqual(sarifErrors(log), []);
    const run0 = log.runs[0]!;
    const suppressed = run0.results.filter((x) => x.suppressions);
    assert.equal(suppressed.length, 1);
    assert.deepEqual(
      suppressed[0]!.suppressions!.map((s) => [s.kind, s.justification]),
      [['inSource', 'vendor image, ticket SEC-1']],
    );
    assert.equal(run0.results.find((x) => x.ruleId === 'TST001' && !x.suppressions)?.level, 'warning');
    assert.ok(run0.invocations[0]!.ruleConfigurationOverrides?.length === 1);
    const fingerprints = run0.results.map((x) => Object.values(x.partialFingerprints)[0]);
    assert.equal(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique');
  });

  void it('lints every file against the complete cross-file index', () => {
    const r = run({ 'a.yaml': pod('a', 'good'), 'b.yaml': pod('b', 'good'), 'c/d.yaml': pod('d', 'good') }, ['scan', '-f', 'json'], [countRule]);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.findings.map((f) => f.message), ['3 workloads in the workspace.', '3 workloads in the workspace.', '3 workloads in the workspace.']);
    assert.equal(r.code, 0, 'info findings do not fail the default --fail-on error');
  });

  void it('a crashing rule is reported, and the other rules still run', () => {
    const r = run({ 'a.yaml': pod('a', 'bad') }, ['scan', '-f', 'json'], [throwingRule, imageRule]);
    const report = JSON.parse(r.stdout) as JsonReport;
    assert.deepEqual(report.errors, [{ file: 'a.yaml', ruleId: 'TST003', message: 'boom' }]);
    assert.equal(report.findings.length, 1);
    assert.match(r.stderr, /rule TST003 failed on a\.yaml: boom/);
  });

  void it('a config rule id must be one of the rules run', () => {
    const r = run({ '.soc2lint.yaml': 'rules:\n  TST001: off\n  SL001: off\n', 'a.yaml': pod('a', 'bad') }, ['scan'], [imageRule]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown rule id "SL001"/);
  });
});

void describe('fixUntilStable', () => {
  const finding = (fix?: Finding['fix'], suggestions?: Finding['suggestions']): Finding => {
    const f: Finding = { ruleId: 'X', messageId: 'm', message: 'm', severity: 'error', controls: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    if (fix) f.fix = fix;
    if (suggestions) f.suggestions = suggestions;
    return f;
  };
  const replaceFirst = (to: string) => ({ title: `to ${to}`, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: to }] });

  void it('stops at the pass limit when fixes never settle', () => {
    const result = fixUntilStable('a', (t) => [finding(replaceFirst(t === 'a' ? 'b' : 'a'))]);
    assert.equal(result.passes, MAX_FIX_PASSES);
    assert.equal(result.stable, false);
    assert.equal(result.applied.length, MAX_FIX_PASSES);
  });

  void it('applies overlapping fixes over several passes and never applies suggestions', () => {
    let calls = 0;
    const result = fixUntilStable('abc', (t) => {
      calls++;
      const out: Finding[] = [finding(undefined, [replaceFirst('SUGGESTED')])];
      if (t.startsWith('a')) out.push(finding(replaceFirst('x')), finding(replaceFirst('y')));
      return out;
    });
    assert.equal(result.text, 'xbc');
    assert.equal(result.stable, true);
    assert.equal(calls, 2);
  });

  void it('keeps the last good text when a fix is broken (overlapping edits)', () => {
    const broken = { title: 'broken', edits: [replaceFirst('p').edits[0]!, replaceFirst('q').edits[0]!] };
    const result = fixUntilStable('abc', () => [finding(broken)]);
    assert.equal(result.text, 'abc');
    assert.match(result.error ?? '', /overlapping/);
  });
});
