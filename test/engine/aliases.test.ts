import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../rules/index';
import { aliasesOf, aliasTable, knownRuleKeys } from '../../server/src/engine/aliases';
import { lintDocument } from '../../server/src/engine/lint';
import { defineRule } from '../../server/src/engine/rule';

const privileged = (comment = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: {runAsNonRoot: true}
  containers:
    - name: a
      image: x
      securityContext:
${comment}        privileged: true
        allowPrivilegeEscalation: false
`;
const ids = (text: string, config = {}) => lintDocument({ uri: 'file:///p.yaml', text }, config).findings.map((f) => f.ruleId);

void describe('peer ids as aliases', () => {
  void it('derives machine ids from metadata and ignores free-form names', () => {
    assert.deepEqual(aliasesOf({ peers: ['CKV_K8S_16', 'KICS dd29336b', 'KSV-0017', 'kube-linter privileged-container', 'hadolint DL3002', 'AVD-DS-0002'] }), ['AVD-DS-0002', 'AVD-KSV-0017', 'CKV_K8S_16', 'DL3002', 'DS-0002', 'KSV-0017']);
    const table = aliasTable(allRules);
    assert.ok(table.get('CKV_K8S_16')?.includes('K8S002'));
    assert.ok(table.get('DL3002')?.includes('DF001'));
    for (const id of allRules.map((r) => r.meta.id)) assert.ok(!table.has(id), `an alias must not shadow our id ${id}`);
    assert.ok(knownRuleKeys(allRules).has('KSV-0017'));
  });
  void it('a suppression naming a peer id suppresses our rule (and SL004 accepts it)', () => {
    assert.ok(ids(privileged()).includes('K8S002'));
    const out = ids(privileged('        # soc2lint-ignore CKV_K8S_16: device plugin needs it, SEC-7\n'));
    assert.ok(!out.includes('K8S002'));
    assert.ok(!out.includes('SL004'), out.join());
  });
  void it('a rules override under a peer id applies; our own id wins over an alias', () => {
    assert.ok(!ids(privileged(), { rules: { 'KSV-0017': 'off' } }).includes('K8S002'));
    const both = lintDocument({ uri: 'file:///p.yaml', text: privileged() }, { rules: { 'KSV-0017': 'off', K8S002: 'info' } });
    assert.equal(both.findings.find((f) => f.ruleId === 'K8S002')?.severity, 'info');
  });
});

void describe('profiles', () => {
  const strictRule = defineRule({
    meta: { id: 'DF999', slug: 'probe', kind: 'dockerfile', title: 't', controls: ['CC6.8'], severity: 'warning', description: 'd', remediation: 'r', fix: 'none', messages: { m: 'm' }, profile: 'strict' },
    check(ctx) {
      ctx.report({ messageId: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } });
    },
  });
  const run = (config: object) => lintDocument({ uri: 'file:///Dockerfile', text: 'FROM x\n' }, config, { rules: [strictRule] }).findings.length;
  void it('strict rules run only in the strict profile or when configured', () => {
    assert.equal(run({}), 0);
    assert.equal(run({ profile: 'recommended' }), 0);
    assert.equal(run({ profile: 'strict' }), 1);
    assert.equal(run({ rules: { DF999: 'error' } }), 1);
    assert.equal(run({ profile: 'strict', rules: { DF999: 'off' } }), 0);
  });
});
