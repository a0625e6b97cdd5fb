/**
 * HelmCharts (workspace/helm-charts.ts), the chart context the CLI and the server share: what it
 * keeps between calls (values parses per reader, scoped views, subchart listings, Chart.yaml
 * dependencies) and when what it keeps is computed again (the usage key).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseChartValues, scopedView, type ChartValues, type ValuesFile } from '../../server/src/engine/helm/values';
import { changedTopLevelKeys } from '../../server/src/lsp/helm';
import { HelmCharts, type TextReader } from '../../server/src/workspace/helm-charts';
import { makeTree, removeTree } from '../cli/helpers';

const temps: string[] = [];
after(() => temps.forEach(removeTree));

const SUB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: sub
spec:
  containers:
    - name: sub
      image: registry.example.com/sub:2.0.1
      securityContext: {{- toYaml .Values.securityContext | nindent 8 }}
`;

/** A parent chart `app` with a subchart `sub` (no values.yaml of its own unless `subValues`). */
function chart(options: { alias?: string; subValues?: string } = {}): string {
  const files: Record<string, string> = {
    'app/Chart.yaml': `apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n${options.alias ? `    alias: ${options.alias}\n` : ''}`,
    'app/values.yaml': 'sub:\n  securityContext:\n    privileged: true\n',
    'app/values-prod.yaml': 'sub:\n  securityContext:\n    runAsUser: 1000\n',
    'app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n',
    'app/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
    'app/charts/sub/templates/pod.yaml': SUB_POD,
  };
  if (options.subValues !== undefined) files['app/charts/sub/values.yaml'] = options.subValues;
  const root = makeTree(files);
  temps.push(root);
  return join(root, 'app');
}

const disk: TextReader = (p) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

void describe('HelmCharts', () => {
  void it("keeps a subchart template's overlay stack the same objects from call to call (the overlay baseline is keyed by them)", () => {
    const root = chart();
    const charts = new HelmCharts(disk, (p) => p);
    const overlay = join(root, 'values-prod.yaml');
    const first = charts.overlayTemplates(overlay, root)!.find((t) => t.chartRelativePath === 'templates/pod.yaml')!;
    const second = charts.overlayTemplates(overlay, root)!.find((t) => t.chartRelativePath === 'templates/pod.yaml')!;
    assert.deepEqual(first.scope, ['sub']);
    assert.equal(first.values.files.length, 2);
    first.values.files.forEach((f, i) => assert.equal(second.values.files[i], f, `layer ${i}`));
  });

  void it("computes usage again when a subchart's own values.yaml changes, reading the usage reader throughout", () => {
    const root = chart({ subValues: 'securityContext:\n  runAsNonRoot: true\n' });
    const subValues = join(root, 'charts/sub/values.yaml');
    // The editor holds an unsaved text of the subchart's values: usage follows the disk.
    const editor: TextReader = (p) => (p === subValues ? 'securityContext: {}\nunsaved: true\n' : disk(p));
    const charts = new HelmCharts(editor, (p) => p, disk);
    const values = join(root, 'values.yaml');
    const before = charts.contextFor(values, { chartRelativePath: 'values.yaml' })?.usage;
    assert.ok(before?.rendered.has('sub.securityContext'), [...(before?.rendered ?? [])].join(' '));
    writeFileSync(subValues, 'podSecurityContext: {}\nsecurityContext:\n  runAsNonRoot: true\n');
    const later = charts.contextFor(values, { chartRelativePath: 'values.yaml' })?.usage;
    assert.notEqual(later, before, 'usage computed again');
  });

  void it("follows a dependency alias set after the first lookup (Chart.yaml's dependencies are kept with its text)", () => {
    const root = chart();
    let alias = '';
    const parentChart = join(root, 'Chart.yaml');
    const read: TextReader = (p) => {
      const text = disk(p);
      return p === parentChart && alias && text ? `${text}    alias: ${alias}\n` : text;
    };
    const charts = new HelmCharts(read, (p) => p);
    assert.deepEqual(charts.subchartsOf(root).map((s) => s.scope), [['sub']]);
    alias = 'db';
    const values = join(root, 'values.yaml');
    charts.contextFor(values, { chartRelativePath: 'values.yaml' });
    assert.deepEqual(charts.subchartsOf(root).map((s) => s.scope), [['db']]);
    const usage = charts.contextFor(values, { chartRelativePath: 'values.yaml' })?.usage;
    assert.ok(usage?.referenced.has('db.securityContext'), [...(usage?.referenced ?? [])].join(' '));
  });

  void it('lists subcharts once, and again after files were created or deleted', () => {
    const root = chart();
    const charts = new HelmCharts(disk, (p) => p);
    assert.equal(charts.subchartsOf(root).length, 1);
    mkdirSync(join(root, 'charts/other/templates'), { recursive: true });
    writeFileSync(join(root, 'charts/other/Chart.yaml'), 'apiVersion: v2\nname: other\nversion: 0.1.0\n');
    assert.equal(charts.subchartsOf(root).length, 1, 'kept');
    charts.filesChanged();
    assert.deepEqual(charts.subchartsOf(root).map((s) => s.scope.join('.')).sort(), ['other', 'sub']);
  });

  void it('parses a dirty values file once per reader: the editor text and the disk text do not evict each other', () => {
    const root = chart();
    const values = join(root, 'values.yaml');
    const editor: TextReader = (p) => (p === values ? 'sub: {}\n' : disk(p));
    const charts = new HelmCharts(editor, (p) => p, disk);
    const fromEditor = charts.valuesFile(values);
    const fromDisk = charts.valuesFile(values, disk);
    assert.notEqual(fromEditor, fromDisk);
    assert.equal(charts.valuesFile(values), fromEditor);
    assert.equal(charts.valuesFile(values, disk), fromDisk);
    // A saved file (the same text from both) is parsed once.
    const same = join(root, 'values-prod.yaml');
    assert.equal(charts.valuesFile(same), charts.valuesFile(same, disk));
  });
});

void describe('which open subchart templates a parent values edit concerns (lsp/helm.ts changedTopLevelKeys)', () => {
  const file = (text: string): ValuesFile => parseChartValues([{ uri: 'app/values.yaml', text }]).files[0]!;
  const own = parseChartValues([{ uri: 'app/charts/sub/values.yaml', text: 'a: 0\nb: 0\n' }]).files[0]!;
  const stack = (parent: string): ChartValues => ({ files: [own, scopedView(file(parent), ['sub'])!] });
  const BEFORE = 'other: 1\nglobal:\n  x: 1\nsub:\n  a: 1\n';

  void it('compares the stack as the subchart sees it: a parent key of its own changes nothing there', () => {
    assert.deepEqual([...changedTopLevelKeys(stack(BEFORE), stack('other: 2\nglobal:\n  x: 1\nsub:\n  a: 1\n'))], []);
  });

  void it("names the subchart's keys the parent changes under its key, and global", () => {
    assert.deepEqual([...changedTopLevelKeys(stack(BEFORE), stack('other: 1\nglobal:\n  x: 1\nsub:\n  a: 2\n  b: 1\n'))].sort(), ['a', 'b']);
    assert.deepEqual([...changedTopLevelKeys(stack(BEFORE), stack('other: 1\nglobal:\n  x: 2\nsub:\n  a: 1\n'))], ['global']);
  });
});
