/**
 * The BUILT CLI (node bin/soc2lint.js → dist/cli.js), run as a user runs it. Assertions lean on the
 * SL rules (parse errors, suppression comments), which exist whatever other rules land.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { JsonReport } from '../../server/src/cli/format-json';
import { BROKEN_MANIFEST, CLEAN_CONFIGMAP, FIXTURES, REPO_ROOT, ensureBuilt, makeTree, removeTree, runBuilt } from './helpers';
import { sarifErrors, type SarifLog } from './sarif-schema';

const FX = 'test/fixtures/cli';
const SUMMARY = /^\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\) in \d+ files?; \d+ suppressed; \d+ skipped/m;

function json(args: string[], options: Parameters<typeof runBuilt>[1] = {}): { code: number | null; report: JsonReport; stderr: string } {
  const r = runBuilt([...args, '--format', 'json'], options);
  assert.equal(r.stderr, '', r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const temps: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = makeTree(files);
  temps.push(root);
  return root;
}

void before(() => ensureBuilt());
void after(() => temps.forEach(removeTree));

void describe('soc2lint CLI: basics and usage errors', () => {
  void it('prints the package version and help', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const v = runBuilt(['--version']);
    assert.equal(v.code, 0);
    assert.equal(v.stdout.trim(), pkg.version);
    const h = runBuilt(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /soc2lint scan \[paths\.\.\.\]/);
    assert.equal(runBuilt(['scan', '--help']).code, 0);
  });

  void it('the bundle has no shebang and the launcher is tiny', () => {
    assert.ok(!readFileSync(join(REPO_ROOT, 'dist', 'cli.js'), 'utf8').startsWith('#!'));
    assert.ok(readFileSync(join(REPO_ROOT, 'bin', 'soc2lint.js'), 'utf8').split('\n').length < 30);
  });

  const usage: [string, string[], RegExp][] = [
    ['unknown flag', ['scan', '--bogus'], /unknown option --bogus/],
    ['missing path', ['scan', 'does/not/exist'], /no such file or folder: does\/not\/exist/],
    ['bad format', ['scan', '-f', 'xml', FX + '/clean'], /--format: "xml" is not one of text, json, sarif/],
    ['bad fail-on', ['scan', '--fail-on', 'fatal', FX + '/clean'], /--fail-on/],
    ['bad size', ['scan', '--max-file-size', 'huge', FX + '/clean'], /--max-file-size/],
    ['flag without value', ['scan', FX + '/clean', '--format'], /--format/],
    ['no command', [], /missing command/],
    ['unknown command', ['lint'], /unknown command "lint"/],
    ['unknown rule in --rule', ['scan', '--rule', 'XX999=off', FX + '/clean'], /unknown rule id "XX999"/],
    ['missing --config file', ['scan', '--config', 'nope.yaml', FX + '/clean'], /config file not found: nope\.yaml/],
  ];
  for (const [name, args, message] of usage) {
    void it(`exit 2 on ${name}`, () => {
      const r = runBuilt(args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /^soc2lint: error: /);
      assert.equal(r.stdout, '');
    });
  }

  void it('lists the rules', () => {
    const r = runBuilt(['rules']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^SL001 +error +any +File must parse +\[CC7\.2\]$/m);
    const list = JSON.parse(runBuilt(['rules', '--format', 'json']).stdout) as { id: string }[];
    assert.ok(list.some((x) => x.id === 'SL004'));
  });
});

void describe('soc2lint CLI: text output and exit codes', () => {
  void it('exits 0 on a clean folder and prints the summary', () => {
    const r = runBuilt(['scan', FX + '/clean']);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, '0 findings (0 errors, 0 warnings, 0 info) in 1 file; 0 suppressed; 0 skipped\n');
  });

  void it('reports a syntax error as SL001 (path:line:col severity ID message [controls]), grouped by file, exit 1', () => {
    const r = runBuilt(['scan', FX + '/syntax-error']);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.split('\n');
    const header = lines.indexOf(`${FX}/syntax-error/broken.yaml`);
    assert.ok(header >= 0, r.stdout);
    assert.match(lines[header + 1]!, /^test\/fixtures\/cli\/syntax-error\/broken\.yaml:6:1 {2}error {4}SL001 {2}Syntax error: .+ {2}\[CC7\.2\]$/);
    assert.match(r.stdout, SUMMARY);
    assert.match(r.stdout, /[1-9]\d* errors?/);
  });

  void it('--fail-on decides the exit code', () => {
    // suppressions/: a reason-less suppression comment, an SL002 warning.
    assert.equal(runBuilt(['scan', FX + '/suppressions']).code, 0);
    assert.equal(runBuilt(['scan', FX + '/suppressions', '--fail-on', 'warning']).code, 1);
    assert.equal(runBuilt(['scan', FX + '/suppressions', '--fail-on', 'info']).code, 1);
    assert.equal(runBuilt(['scan', FX + '/syntax-error', '--fail-on', 'none']).code, 0);
    assert.equal(runBuilt(['scan', FX + '/syntax-error', '--fail-on', 'error']).code, 1);
  });

  void it('uses colour only when asked, never with NO_COLOR', () => {
    const args = ['scan', FX + '/syntax-error'];
    const ESC = '\u001b[';
    assert.ok(!runBuilt(args).stdout.includes(ESC), 'not a TTY: no colour');
    assert.ok(runBuilt(args, { env: { FORCE_COLOR: '1' } }).stdout.includes(`${ESC}31m`));
    assert.ok(!runBuilt(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout.includes(ESC));
  });

  void it('never prints source lines (a value on the broken line stays out of the output)', () => {
    const secret = 'Zq8vR2mN5xW7tY3kP9sL4hJ6';
    const root = tree({ 'app.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\nstringData:\n  password: ${secret}\n  broken: [\n` });
    for (const format of ['text', 'json', 'sarif']) {
      const r = runBuilt(['scan', '.', '-f', format, '--verbose'], { cwd: root });
      assert.ok(r.code === 1, r.stderr);
      assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${format} output leaks the value`);
    }
  });

  void it('-o writes the report to a file and nothing to stdout; an unwritable -o is exit 2', () => {
    const root = tree({ 'a.yaml': BROKEN_MANIFEST });
    const r = runBuilt(['scan', '.', '-o', 'report.txt'], { cwd: root });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(join(root, 'report.txt'), 'utf8'), /a\.yaml:6:1 {2}error/);
    const bad = runBuilt(['scan', '.', '-o', 'missing/dir/report.json', '-f', 'json'], { cwd: root });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /cannot write missing\/dir\/report\.json/);
  });
});

void describe('soc2lint CLI: configuration', () => {
  void it('.soc2lint.yaml turns a rule off; --rule overrides it', () => {
    const off = json(['scan', FX + '/config-off']);
    assert.equal(off.code, 0);
    assert.equal(off.report.findings.filter((f) => f.ruleId === 'SL001').length, 0);
    const on = json(['scan', FX + '/config-off', '--rule', 'SL001=error']);
    assert.equal(on.code, 1);
    assert.equal(on.report.findings.filter((f) => f.ruleId === 'SL001').length, 1);
  });

  void it('--rule takes ids with digits in their prefix (K8S002) and turns the rule off', () => {
    const demo = join(__dirname, '..', '..', 'examples', 'demo', 'k8s', 'api.yaml');
    const before = json(['scan', demo, '--no-config']);
    assert.ok(before.report.findings.some((f) => f.ruleId === 'K8S002'));
    const after = json(['scan', demo, '--no-config', '--rule', 'K8S002=off']);
    assert.ok(!after.report.findings.some((f) => f.ruleId === 'K8S002'));
    assert.equal(after.report.findings.length, before.report.findings.length - 1);
  });

  void it('--rule accepts a peer id (KSV-0017 is K8S002) and --profile is validated', () => {
    const demo = join(__dirname, '..', '..', 'examples', 'demo', 'k8s', 'api.yaml');
    const r = json(['scan', demo, '--no-config', '--rule', 'KSV-0017=off', '--profile', 'strict']);
    assert.ok(!r.report.findings.some((f) => f.ruleId === 'K8S002'));
    const bad = runBuilt(['scan', demo, '--profile', 'paranoid']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--profile: "paranoid" is not one of recommended, strict/);
  });

  void it('.soc2lint.yaml raises a severity and excludes a folder', () => {
    const r = json(['scan', FX + '/config-elevate']);
    assert.equal(r.code, 1);
    const sl002 = r.report.findings.find((f) => f.ruleId === 'SL002');
    assert.equal(sl002?.severity, 'error');
    assert.ok(!r.report.findings.some((f) => f.file.includes('generated/')), 'generated/** is excluded');
  });

  void it('an invalid config is exit 2 with file:line:col; --no-config ignores it', () => {
    const r = runBuilt(['scan', FX + '/config-invalid']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /invalid config test\/fixtures\/cli\/config-invalid\/\.soc2lint\.yaml:2:10: rules\.SL001 must be one of off, info, warning, error/);
    assert.equal(runBuilt(['scan', FX + '/config-invalid', '--no-config']).code, 1);
  });

  const invalid: [string, string, RegExp][] = [
    ['unknown key', 'rulez:\n  SL001: off\n', /unknown key "rulez"/],
    ['unknown rule id', 'rules:\n  K8S999X: off\n', /unknown rule id "K8S999X"/],
    ['exclude not a list of strings', 'exclude:\n  - 3\n', /exclude must be a list of non-empty strings/],
    ['not a mapping', '- a\n- b\n', /expected a mapping/],
    ['YAML syntax error', 'rules: [\n', /invalid config \.soc2lint\.yaml:\d+:\d+/],
    ['empty defaultNamespace', 'defaultNamespace: ""\n', /defaultNamespace must be a non-empty string/],
  ];
  for (const [name, text, message] of invalid) {
    void it(`invalid config: ${name} → exit 2`, () => {
      const root = tree({ '.soc2lint.yaml': text, 'a.yaml': CLEAN_CONFIGMAP });
      const r = runBuilt(['scan'], { cwd: root });
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stderr, message);
    });
  }

  void it('an empty config file is valid; a config given with --config applies', () => {
    const root = tree({ '.soc2lint.yaml': '# nothing yet\n', 'a.yaml': BROKEN_MANIFEST, 'ci/strict.yaml': 'rules:\n  SL001: warning\n' });
    assert.equal(runBuilt(['scan'], { cwd: root }).code, 1);
    const r = json(['scan', '--config', 'ci/strict.yaml'], { cwd: root });
    assert.equal(r.code, 0);
    assert.equal(r.report.findings[0]?.severity, 'warning');
  });
});

void describe('soc2lint CLI: discovery', () => {
  void it('honours .gitignore files (nested ones for their subtree, negation), --exclude, .git and node_modules', () => {
    const root = tree({
      '.gitignore': 'ignored/\n*.gen.yaml\n',
      'kept.yaml': BROKEN_MANIFEST,
      'ignored/a.yaml': BROKEN_MANIFEST,
      'x.gen.yaml': BROKEN_MANIFEST,
      'sub/.gitignore': 'local.yaml\n!keep.gen.yaml\n',
      'sub/local.yaml': BROKEN_MANIFEST,
      'sub/keep.gen.yaml': BROKEN_MANIFEST,
      'sub/other.yaml': BROKEN_MANIFEST,
      'other/local.yaml': BROKEN_MANIFEST,
      'node_modules/pkg/a.yaml': BROKEN_MANIFEST,
      '.git/a.yaml': BROKEN_MANIFEST,
      'vendor/a.yaml': BROKEN_MANIFEST,
      'deep/drop.yaml': BROKEN_MANIFEST,
    });
    const r = json(['scan', '--exclude', 'vendor/**', '--exclude', 'drop.yaml'], { cwd: root });
    const files = [...new Set(r.report.findings.map((f) => f.file))].sort();
    assert.deepEqual(files, ['kept.yaml', 'other/local.yaml', 'sub/keep.gen.yaml', 'sub/other.yaml']);
  });

  void it('applies .gitignore files above a scanned subfolder, up to the repository root', () => {
    const root = tree({ '.git/HEAD': 'ref: refs/heads/main\n', '.gitignore': 'sub/gen.yaml\n', 'sub/gen.yaml': BROKEN_MANIFEST, 'sub/ok.yaml': BROKEN_MANIFEST });
    assert.deepEqual(json(['scan', 'sub'], { cwd: root }).report.findings.map((f) => f.file), ['sub/ok.yaml']);
    // A folder named on the command line is scanned even though an ignore file above lists it.
    assert.deepEqual(json(['scan', 'sub/ignored-dir'], { cwd: tree({ '.git/HEAD': '', '.gitignore': 'ignored-dir/\n', 'sub/ignored-dir/a.yaml': BROKEN_MANIFEST }) }).report.findings.length, 1);
    // Overlapping and absolute paths list each file once.
    assert.deepEqual(json(['scan', 'sub', join(root, 'sub', 'ok.yaml')], { cwd: root }).report.findings.map((f) => f.file), ['sub/ok.yaml']);
  });

  void it('a file named on the command line is linted even if .gitignore lists it', () => {
    const root = tree({ '.gitignore': 'ignored.yaml\n', 'ignored.yaml': BROKEN_MANIFEST, 'vendor/a.yaml': BROKEN_MANIFEST });
    assert.equal(json(['scan', '--exclude', 'vendor'], { cwd: root }).report.findings.length, 0);
    assert.equal(json(['scan', 'ignored.yaml'], { cwd: root }).report.findings[0]?.ruleId, 'SL001');
    // ... but an exclude pattern still applies, with a note.
    const excluded = json(['scan', 'vendor/a.yaml', '--exclude', 'vendor/**'], { cwd: root }).report;
    assert.deepEqual(excluded.skipped.map((s) => [s.file, s.reason]), [['vendor/a.yaml', 'excluded']]);
    assert.equal(excluded.findings.length, 0);
  });

  void it('skips binary and oversize files with a note', () => {
    const binary = Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\n'), Buffer.from([0, 1, 2, 3])]);
    const big = `# padding\n${'#'.repeat(1024 * 1024)}\n${BROKEN_MANIFEST}`;
    const root = tree({ 'bin.yaml': binary, 'big.yaml': big, 'small.yaml': BROKEN_MANIFEST, 'Dockerfile': Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0]) });
    const r = json(['scan'], { cwd: root });
    assert.deepEqual(
      r.report.skipped.map((s) => [s.file, s.reason]),
      [['Dockerfile', 'binary'], ['big.yaml', 'too-large'], ['bin.yaml', 'binary']],
    );
    assert.equal(r.report.summary.skipped, 3);
    assert.deepEqual(r.report.findings.map((f) => f.file), ['small.yaml']);

    const text = runBuilt(['scan'], { cwd: root });
    assert.match(text.stdout, /; 3 skipped/);
    assert.doesNotMatch(text.stdout, /^Skipped$/m);
    const verbose = runBuilt(['scan', '--verbose'], { cwd: root });
    assert.match(verbose.stdout, /^Skipped$/m);
    assert.match(verbose.stdout, /^ {2}big\.yaml {2}too-large: \d+ bytes is over the 1048576-byte limit/m);

    const tight = json(['scan', '--max-file-size', '50'], { cwd: root });
    assert.ok(tight.report.skipped.some((s) => s.file === 'small.yaml' && s.reason === 'too-large'));
    const roomy = json(['scan', '--max-file-size', '2MiB'], { cwd: root });
    assert.ok(roomy.report.findings.some((f) => f.file === 'big.yaml'));
  });

  void it('classifies Helm charts: values files as helm-values, templates not as plain YAML', () => {
    const r = json(['scan', FX + '/helm']);
    const files = r.report.findings.map((f) => `${f.file} ${f.ruleId}`);
    assert.ok(files.includes(`${FX}/helm/mychart/values.yaml SL001`), files.join('\n'));
    // Templates are analysed by the Helm support: their actions are never syntax errors.
    assert.ok(!files.some((f) => f.includes('templates/') && f.endsWith(' SL001')), 'templates are not parsed as plain Kubernetes YAML');
    // Named directly, the template still knows its chart (Chart.yaml above it).
    assert.ok(!json(['scan', `${FX}/helm/mychart/templates/deployment.yaml`]).report.findings.some((f) => f.ruleId === 'SL001'));
    // The same text outside a chart is a broken manifest.
    const root = tree({ 'deployment.yaml': readFileSync(join(FIXTURES, 'helm/mychart/templates/deployment.yaml')) });
    assert.ok(json(['scan'], { cwd: root }).report.findings.some((f) => f.ruleId === 'SL001'));
  });

  void it('strips a BOM for linting (columns unshifted) and --fix leaves BOM and CRLF bytes alone', () => {
    const text = '\uFEFF# soc2lint-ignore ALL\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: a\r\n  namespace: demo\r\n';
    const root = tree({ 'a.yaml': text });
    const r = json(['scan', '--fix'], { cwd: root });
    const sl002 = r.report.findings.find((f) => f.ruleId === 'SL002');
    assert.deepEqual(sl002?.range.start, { line: 1, column: 3 });
    assert.equal(readFileSync(join(root, 'a.yaml'), 'utf8'), text);
  });
});

void describe('soc2lint CLI: machine formats', () => {
  void it('json has the documented shape', () => {
    const r = json(['scan', FX + '/syntax-error']);
    assert.equal(r.code, 1);
    const { report } = r;
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(Object.keys(report), ['schemaVersion', 'tool', 'summary', 'findings', 'suppressed', 'skipped', 'fixed', 'errors']);
    assert.equal(report.tool.name, 'soc2lint');
    const f = report.findings.find((x) => x.ruleId === 'SL001')!;
    assert.equal(f.file, `${FX}/syntax-error/broken.yaml`);
    assert.equal(f.rule, 'parse-error');
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.controls, ['CC7.2']);
    assert.deepEqual(f.range, { start: { line: 6, column: 1 }, end: { line: 6, column: 1 } });
    assert.equal(f.fixable, false);
    assert.match(f.helpUri, /docs\/rules\/SL001\.md$/);
    assert.match(f.message, /^Syntax error: /);
    assert.equal(report.summary.files, 2);
    assert.ok(report.summary.errors >= 1);
    assert.deepEqual(report.skipped, []);
  });

  void it('sarif validates against the SARIF 2.1.0 schema and carries rule metadata', () => {
    const r = runBuilt(['scan', FX + '/syntax-error', FX + '/suppressions', '-f', 'sarif']);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout) as SarifLog;
    assert.deepEqual(sarifErrors(log), []);
    const run = log.runs[0]!;
    const rule = run.tool.driver.rules.find((x) => x.id === 'SL001')!;
    assert.equal(rule.name, 'parse-error');
    assert.equal(rule.shortDescription.text, 'File must parse');
    assert.match(rule.helpUri, /docs\/rules\/SL001\.md$/);
    assert.ok(rule.help.text && rule.help.markdown);
    assert.ok(rule.properties.tags.includes('security') && rule.properties.tags.includes('CC7.2'));
    assert.equal(rule.defaultConfiguration.level, 'error');
    const result = run.results.find((x) => x.ruleId === 'SL001')!;
    assert.equal(result.level, 'error');
    assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, 'SL001');
    assert.deepEqual(result.locations[0]!.physicalLocation.region, { startLine: 6, startColumn: 1, endLine: 6, endColumn: 1 });
    assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uri, `${FX}/syntax-error/broken.yaml`);
    assert.ok(Object.values(result.partialFingerprints)[0]);
    assert.equal(run.results.find((x) => x.ruleId === 'SL002')?.level, 'warning');
  });

  void it('sarif carries peer ids (tags, taxonomies) and the values key of a Helm finding (relatedLocations)', () => {
    const r = runBuilt(['scan', 'examples/demo', '-f', 'sarif', '--fail-on', 'none']);
    assert.equal(r.code, 0);
    const log = JSON.parse(r.stdout) as SarifLog & { runs: { taxonomies?: { name: string; taxa: { id: string }[] }[] }[] };
    assert.deepEqual(sarifErrors(log), []);
    const run = log.runs[0]!;
    const k8s002 = run.tool.driver.rules.find((x) => x.id === 'K8S002')!;
    assert.ok(k8s002.properties.tags.includes('CKV_K8S_16'));
    assert.deepEqual(run.taxonomies!.map((t) => t.name), ['Checkov', 'Trivy', 'hadolint']);
    assert.ok(run.taxonomies![0]!.taxa.some((t) => t.id === 'CKV_K8S_16'));
    const helm = (run.results as (SarifLog['runs'][number]['results'][number] & { relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] })[]).filter((x) => x.relatedLocations);
    assert.ok(helm.length > 0);
    for (const x of helm) {
      assert.match(x.locations[0]!.physicalLocation.artifactLocation.uri, /^examples\/demo\/charts\/webapp\/templates\//);
      assert.equal(x.relatedLocations![0]!.physicalLocation.artifactLocation.uri, 'examples/demo/charts/webapp/values.yaml');
    }
  });

  void it('sarif of a skipped-file scan still validates', () => {
    const root = tree({ 'b.yaml': Buffer.from([0x61, 0, 0x62]), 'dir with space/a.yaml': BROKEN_MANIFEST });
    const r = runBuilt(['scan', '-f', 'sarif'], { cwd: root });
    const log = JSON.parse(r.stdout) as SarifLog;
    assert.deepEqual(sarifErrors(log), []);
    assert.equal(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'dir%20with%20space/a.yaml');
  });

  void it('npm ci leaves a runnable CLI (prepare builds dist/cli.js)', () => {
    // The prepare script is what npm ci runs for the root package; guard it against edits.
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    assert.equal(pkg.scripts.prepare, 'node scripts/build.mjs');
    assert.equal(pkg.bin.soc2lint, 'bin/soc2lint.js');
    assert.ok(existsSync(join(REPO_ROOT, pkg.bin.soc2lint)));
  });
});

void it('a scan without --fix never writes', () => {
  const root = tree({ 'a.yaml': BROKEN_MANIFEST });
  writeFileSync(join(root, 'b.yaml'), CLEAN_CONFIGMAP);
  runBuilt(['scan'], { cwd: root });
  assert.equal(readFileSync(join(root, 'a.yaml'), 'utf8'), BROKEN_MANIFEST);
});
