import assert from 'node:assert/strict';
import { it } from 'node:test';
import rule from '../../rules/helm/hv001-values-run-as-non-root';
import { bitnamiValuesFiles, corpusSkipReason } from '../corpus-files';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases } from './hv001.cases';

runRuleTests(rule, cases);

// Every root map in the Bitnami charts' defaults (volumePermissions, tls init containers) sits in a
// component switched off by default; the rendered defaults all keep containers off root.
void it('is silent on the Bitnami charts\' values.yaml files', { skip: corpusSkipReason }, () => {
  const noisy: string[] = [];
  for (const { chart, code } of bitnamiValuesFiles()) for (const f of lintWithRule(rule, { code })) noisy.push(`${chart}:${f.range.start.line + 1} ${f.message}`);
  assert.deepEqual(noisy, []);
});
