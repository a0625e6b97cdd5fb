import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../rules/helm/hv003-values-no-privilege-escalation';
import { applyFix } from '../../server/src/engine/fixes';
import { bitnamiValuesFiles, corpusSkipReason } from '../corpus-files';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases, y } from './hv003.cases';

runRuleTests(rule, cases);

void describe('HV003 suggestion and real charts', () => {
  void it('the privileged suggestion yields values the rule accepts', () => {
    const code = y('containerSecurityContext:', '  enabled: true', '  privileged: true');
    const suggestion = lintWithRule(rule, { code })[0]?.suggestions?.[0];
    assert.ok(suggestion);
    const fixed = applyFix(code, suggestion);
    assert.equal(fixed, y('containerSecurityContext:', '  allowPrivilegeEscalation: false', '  enabled: true', '  privileged: false'));
    assert.deepEqual(lintWithRule(rule, { code: fixed }), []);
  });

  // The Bitnami charts' defaults harden every container map that renders; the maps that lack the
  // flag all sit in disabled components (volumePermissions, tls), so nothing may fire.
  void it('is silent on the Bitnami charts\' values.yaml files', { skip: corpusSkipReason }, () => {
    const noisy: string[] = [];
    for (const { chart, code } of bitnamiValuesFiles()) for (const f of lintWithRule(rule, { code })) noisy.push(`${chart}:${f.range.start.line + 1} ${f.message}`);
    assert.deepEqual(noisy, []);
  });
});
