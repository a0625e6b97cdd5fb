import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import k8s073 from '../../rules/kubernetes/k8s073-control-plane-admission-plugins';
import rule from '../../rules/kubernetes/k8s086-control-plane-always-pull-images';
import k8s087 from '../../rules/kubernetes/k8s087-control-plane-event-rate-limit';
import { applyFixes } from '../../server/src/engine/fixes';
import { lintDocument } from '../../server/src/engine/lint';
import type { Rule } from '../../server/src/engine/rule';
import { runRuleTests } from '../rule-tester';
import { cases } from './k8s086.cases';

runRuleTests(rule, cases);

/** Applies every quick fix of `rules` round by round, re-linting in between, as `soc2lint --fix` does. */
function fixAll(text: string, rules: Rule[]): string {
  for (let round = 0; round < 10; round++) {
    const fixes = lintDocument({ uri: 'file:///ws/kube-apiserver.yaml', text, kind: 'kubernetes' }, { profile: 'strict' }, { rules }).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) return text;
    text = applyFixes(text, fixes).text;
  }
  return text;
}

const manifest = (...items: string[]): string =>
  ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: kube-apiserver', 'spec:', '  containers:', '  - name: kube-apiserver', '    command:', '    - kube-apiserver', ...items.map((i) => `    - ${i}`), '    image: registry.k8s.io/kube-apiserver:v1.30.0', ''].join('\n');

void describe('K8S086 and K8S073 edit the same flag', () => {
  void it('both plugins end up enabled when the flag is missing', () => {
    const out = fixAll(manifest('--secure-port=6443'), [k8s073, rule]);
    assert.match(out, /--enable-admission-plugins=(NodeRestriction,AlwaysPullImages|AlwaysPullImages,NodeRestriction)\n/);
    assert.equal(out.match(/enable-admission-plugins/g)?.length, 1);
  });
  void it('AlwaysAdmit is dropped and both plugins are added to an existing flag', () => {
    const out = fixAll(manifest('--enable-admission-plugins=AlwaysAdmit,LimitRanger'), [rule, k8s073]);
    const value = /--enable-admission-plugins=(\S+)/.exec(out)?.[1]?.split(',') ?? [];
    assert.deepEqual([...value].sort(), ['AlwaysPullImages', 'LimitRanger', 'NodeRestriction']);
  });
  void it('the deprecated --admission-control list is extended by both, never mixed with --enable-admission-plugins', () => {
    const out = fixAll(manifest('--admission-control=ServiceAccount'), [k8s073, rule, k8s087]);
    assert.doesNotMatch(out, /enable-admission-plugins/);
    assert.match(out, /--admission-control=ServiceAccount,(NodeRestriction,AlwaysPullImages|AlwaysPullImages,NodeRestriction)\n/);
  });
});
