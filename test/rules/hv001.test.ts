import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { it } from 'node:test';
import rule from '../../rules/helm/hv001-values-run-as-non-root';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases } from './hv001.cases';

runRuleTests(rule, cases);

// Every root map in the Bitnami charts' defaults (volumePermissions, tls init containers) sits in a
// component switched off by default; the rendered defaults all keep containers off root.
const corpus = '../shared/corpus/real/bitnami-charts';
let charts: string[] = [];
try {
  charts = readdirSync(corpus);
} catch {
  charts = [];
}
void it('HV001 is silent on the Bitnami charts\' values.yaml files', { skip: charts.length === 0 ? 'corpus not present' : false }, () => {
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
