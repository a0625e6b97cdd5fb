import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../rules/secrets/sec001-no-known-credential';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases, FAKE, y } from './sec001.cases';

runRuleTests(rule, cases);

void describe('SEC001 suppressions', () => {
  void it('a suppression above the key covers the key block inside its block scalar', () => {
    const code = y('apiVersion: v1', 'kind: Secret', 'metadata: {name: tls}', 'stringData:', '  # soc2lint-ignore SEC001: throwaway test key, ticket SEC-42', '  tls.key: |', '    -----BEGIN RSA PRIVATE KEY-----', '    ' + FAKE.keyBody, '    -----END RSA PRIVATE KEY-----');
    assert.deepEqual(lintWithRule(rule, { code }), []);
  });
  void it('a trailing directive silences a token in a comment line', () => {
    const code = y('replicas: 2', '# billing: ' + FAKE.stripe + '  # soc2lint-ignore SEC001: revoked test key, ticket SEC-7');
    assert.equal(lintWithRule(rule, { code: y('replicas: 2', '# billing: ' + FAKE.stripe), filename: 'values.yaml', kind: 'helm-values' }).length, 1);
    assert.deepEqual(lintWithRule(rule, { code, filename: 'values.yaml', kind: 'helm-values' }), []);
  });
});
