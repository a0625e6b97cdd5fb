/**
 * Bad input never throws, never hangs and always says what happened (STYLE.md, brief "Bad input").
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintDocument } from '../../server/src/engine/lint';
import type { LintResult } from '../../server/src/engine/types';

function lintSafely(uri: string, text: string, kind?: 'kubernetes' | 'dockerfile' | 'helm-values' | 'helm-template'): LintResult {
  const errors: string[] = [];
  const r = lintDocument(kind ? { uri, text, kind } : { uri, text }, {}, { onRuleError: (id, e) => errors.push(`${id}: ${String(e)}`) });
  assert.deepEqual(errors, [], 'no rule may throw');
  return r;
}

void describe('engine robustness', () => {
  void it('YAML alias bomb is linted without expansion', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: bomb}', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    lines.push('data:', '  x: *j');
    const t0 = Date.now();
    const r = lintSafely('file:///bomb.yaml', lines.join('\n'));
    assert.equal(r.kind, 'kubernetes');
    assert.ok(Date.now() - t0 < 5000, 'must not expand aliases');
  });
  void it('broken YAML gives SL001 and still lints the other documents', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n  containers: [{name: a, image: x}]\n---\nkey: [unclosed\n';
    const r = lintSafely('file:///x.yaml', text);
    assert.equal(r.kind, 'kubernetes');
    assert.ok(r.findings.some((f) => f.ruleId === 'SL001'));
  });
  void it('Helm template syntax in a manifest-looking file is a parse problem, not a crash', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\nspec: {}\n{{- end }}\n';
    lintSafely('file:///t.yaml', text);
    const helm = lintSafely('file:///chart/templates/t.yaml', text, 'helm-template');
    // Templates are analysed by the Helm support: template syntax is never a parse problem there.
    assert.deepEqual(helm.parseProblems, []);
    assert.ok(!helm.findings.some((f) => f.ruleId === 'SL001'), 'no syntax finding for template actions');
  });
  void it('binary-looking and control-character input does not throw', () => {
    const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    lintSafely('file:///x.yaml', `apiVersion: v1\nkind: Pod\n${junk}`, 'kubernetes');
    lintSafely('file:///Dockerfile', junk, 'dockerfile');
    lintSafely('file:///values.yaml', junk, 'helm-values');
  });
  void it('tabs, BOM and CRLF in a Dockerfile', () => {
    const r = lintSafely('file:///Dockerfile', '\uFEFFFROM\talpine:3.20\r\nRUN\techo hi \\\r\n\t&& true\r\nUSER\t0\r\n');
    assert.deepEqual(r.parseProblems, []);
  });
  void it('a file over the size limit is skipped with a reason', () => {
    const r = lintDocument({ uri: 'file:///big.yaml', text: 'a: 1\n'.repeat(100), kind: 'kubernetes' }, { maxFileSize: 100 });
    assert.match(r.skipped ?? '', /larger than 100/);
    assert.deepEqual(r.findings, []);
  });
  void it('empty and comment-only files', () => {
    for (const text of ['', '\n', '# only a comment\n', '---\n---\n']) {
      lintSafely('file:///x.yaml', text, 'kubernetes');
      lintSafely('file:///Dockerfile', text, 'dockerfile');
      lintSafely('file:///values.yaml', text, 'helm-values');
    }
  });
  void it('deeply nested YAML does not overflow the stack', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ' + '['.repeat(2000) + ']'.repeat(2000) + '\n';
    lintSafely('file:///deep.yaml', text);
  });
});
