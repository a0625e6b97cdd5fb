import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument } from '../../server/src/engine/lint';
import { defineRule } from '../../server/src/engine/rule';
import type { FileKind } from '../../server/src/engine/types';

/** A probe rule: reports every `BAD` token, so the tests exercise suppression mechanics alone. */
const probe = defineRule({
  meta: { id: 'K8S999', slug: 'probe', kind: 'any', title: 'probe', controls: ['CC6.1'], severity: 'error', description: 'd', remediation: 'r', fix: 'none', messages: { bad: 'bad' } },
  check(ctx) {
    for (let line = 0; line < ctx.lines.lineCount; line++) {
      const c = ctx.lines.lineText(line).indexOf('BAD');
      if (c >= 0 && !ctx.lines.lineText(line).includes('soc2lint-ignore')) ctx.report({ messageId: 'bad', range: { start: { line, character: c }, end: { line, character: c + 3 } } });
    }
  },
});

function run(text: string, kind: FileKind = 'kubernetes', today = '2026-06-01') {
  const r = lintDocument({ uri: kind === 'dockerfile' ? 'file:///Dockerfile' : 'file:///a.yaml', text, kind }, { today }, { rules: [probe] });
  return { open: r.findings.map((f) => f.range.start.line), suppressed: r.suppressed.map((f) => [f.range.start.line, f.suppression.reason, f.suppression.scope]) };
}

const manifest = `apiVersion: v1
kind: Pod
metadata:
  name: BAD
spec:
  containers:
    - name: a
      image: BAD
      env:
        - {name: X, value: BAD}
    - name: b
      image: BAD
`;

void describe('suppressions', () => {
  void it('nothing suppressed without comments', () => {
    assert.deepEqual(run(manifest).open, [3, 7, 9, 11]);
  });
  void it('a comment above a sequence item covers that item only', () => {
    const t = manifest.replace('    - name: a', '    # soc2lint-ignore K8S999: accepted, ticket 1\n    - name: a');
    assert.deepEqual(run(t), { open: [3, 12], suppressed: [[8, 'accepted, ticket 1', 'line'], [10, 'accepted, ticket 1', 'line']] });
  });
  void it('a comment above a key covers its nested block', () => {
    const t = manifest.replace('      env:', '      # soc2lint-ignore K8S999: env ok\n      env:');
    assert.deepEqual(run(t).open, [3, 7, 12]);
  });
  void it('a comment above the first line of a document covers the resource, not the next document', () => {
    const t = `# soc2lint-ignore K8S999: whole pod\n${manifest}---\nkind: BAD\n`;
    assert.deepEqual(run(t).open, [14]);
  });
  void it('a trailing comment covers its own line', () => {
    const t = manifest.replace('      image: BAD\n      env', '      image: BAD # soc2lint-ignore K8S999: pinned by digest elsewhere\n      env');
    assert.deepEqual(run(t).open, [3, 9, 11]);
  });
  void it('file scope covers everything; other ids and missing reasons do not', () => {
    assert.deepEqual(run(`# soc2lint-ignore-file K8S999: generated file\n${manifest}`).open, []);
    assert.deepEqual(run(`# soc2lint-ignore-file K8S001: other rule\n${manifest}`).open, [4, 8, 10, 12]);
    assert.deepEqual(run(`# soc2lint-ignore-file K8S999\n${manifest}`).open, [4, 8, 10, 12]);
    assert.deepEqual(run(`# soc2lint-ignore-file ALL: everything\n${manifest}`).open, []);
    assert.deepEqual(run(`# soc2lint-ignore-file k8s001, k8s999: ids are case-insensitive\n${manifest}`).open, []);
  });
  void it('until= expires the day after', () => {
    const t = `# soc2lint-ignore-file K8S999 until=2026-06-01: temporary\n${manifest}`;
    assert.deepEqual(run(t, 'kubernetes', '2026-06-01').open, []);
    assert.deepEqual(run(t, 'kubernetes', '2026-06-02').open, [4, 8, 10, 12]);
  });
  void it('Dockerfile: covers the whole next instruction including continuation lines', () => {
    const t = 'FROM alpine\n# soc2lint-ignore K8S999: vendor script\nRUN echo ok \\\n  && echo BAD\nRUN echo BAD\n';
    assert.deepEqual(run(t, 'dockerfile').open, [4]);
  });
  void it('blank lines and other comments between directive and target are skipped', () => {
    const t = 'FROM alpine\n# soc2lint-ignore K8S999: vendor script\n\n# another comment\nRUN echo BAD\n';
    assert.deepEqual(run(t, 'dockerfile').open, []);
  });
  void it('CRLF files', () => {
    const t = manifest.replace('    - name: b', '    # soc2lint-ignore K8S999: b is fine\n    - name: b').replace(/\n/g, '\r\n');
    assert.deepEqual(run(t).open, [3, 7, 9]);
  });
});

void describe('placeholder reasons', () => {
  void it('an unedited placeholder suppresses nothing', () => {
    for (const reason of ['<reason>', 'reason', 'TODO', 'tbd', '...']) {
      assert.deepEqual(run(`# soc2lint-ignore-file K8S999: ${reason}\n${manifest}`).open, [4, 8, 10, 12], reason);
    }
  });
});
