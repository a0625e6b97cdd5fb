import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import rule from '../../rules/helm/hv003-values-no-privilege-escalation';
import { applyFix } from '../../server/src/engine/fixes';
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
  const corpus = '../shared/corpus/real/bitnami-charts';
  let charts: string[] = [];
  try {
    charts = readdirSync(corpus);
  } catch {
    charts = [];
  }
  void it('is silent on the Bitnami charts\' values.yaml files', { skip: charts.length === 0 ? 'corpus not present' : false }, () => {
    const noisy: string[] = [];
    for (const chart of charts) {
      let code: string;
      try {
        code = readFileSync(`${corpus}/${chart}/values.yaml`, 'utf8');
      } catch {
        continue;
      }
      for (const f of lintWithRule(rule, { code })) noisy.push(`${chart}:${f.range.start.line + 1} ${f.message}`);
    }
    assert.deepEqual(noisy, []);
  });
});
