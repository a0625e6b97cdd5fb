import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../rules/kubernetes/k8s004-no-literal-secret-env';
import { applyFix } from '../../server/src/engine/fixes';
import { lintDocument } from '../../server/src/engine/lint';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases, y } from './k8s004.cases';

runRuleTests(rule, cases);

/** Applies the first finding's suggestion; the result must parse and lint clean for K8S004. */
function applySuggestion(code: string): string {
  const c = { code, kind: 'kubernetes' as const };
  const [finding] = lintWithRule(rule, c);
  assert.ok(finding?.suggestions?.[0], 'expected a suggestion');
  const fixed = applyFix(code, finding.suggestions[0]);
  assert.deepEqual(lintDocument({ uri: 'file:///ws/m.yaml', text: fixed, kind: 'kubernetes' }, {}, { rules: [] }).parseProblems, []);
  assert.deepEqual(lintWithRule(rule, c, fixed), []);
  return fixed;
}

const POD = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '  - name: app', '    env:'];

void describe('K8S004 secretKeyRef suggestion', () => {
  void it('block map: valueFrom at the column of `value`, comment kept', () => {
    assert.equal(
      applySuggestion(y(...POD, '    - name: DB_PASSWORD', '      value: "hunter2" # rotate me', '    - name: LOG_LEVEL', '      value: info')),
      y(...POD, '    - name: DB_PASSWORD', '      valueFrom:', '        secretKeyRef:', '          name: web-secrets', '          key: db-password # rotate me', '    - name: LOG_LEVEL', '      value: info'),
    );
  });
  void it('value before name, 4-space indentation', () => {
    const head = ['apiVersion: v1', 'kind: Pod', 'metadata:', '    name: web', 'spec:', '    containers:', '    -   name: app', '        env:'];
    assert.equal(
      applySuggestion(y(...head, '        -   value: s3cr3t', '            name: apiToken')),
      y(...head, '        -   valueFrom:', '                secretKeyRef:', '                    name: web-secrets', '                    key: api-token', '            name: apiToken'),
    );
  });
  void it('flow map entry', () => {
    assert.equal(applySuggestion(y(...POD, '    - {name: API_KEY, value: abc123}')), y(...POD, '    - {name: API_KEY, valueFrom: {secretKeyRef: {name: web-secrets, key: api-key}}}'));
  });
  void it('block scalar value', () => {
    assert.equal(
      applySuggestion(y(...POD, '    - name: SSH_PRIVATE_KEY', '      value: |', '        line one', '    - name: X', '      value: y')),
      y(...POD, '    - name: SSH_PRIVATE_KEY', '      valueFrom:', '        secretKeyRef:', '          name: web-secrets', '          key: ssh-private-key', '    - name: X', '      value: y'),
    );
  });
  void it('CRLF line breaks are kept', () => {
    const code = 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: app\r\n    env:\r\n    - name: API_TOKEN\r\n      value: t\r\n';
    assert.equal(applySuggestion(code), 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: app\r\n    env:\r\n    - name: API_TOKEN\r\n      valueFrom:\r\n        secretKeyRef:\r\n          name: web-secrets\r\n          key: api-token\r\n');
  });
});
