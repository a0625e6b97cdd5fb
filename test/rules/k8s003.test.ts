import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rule from '../../rules/kubernetes/k8s003-no-privilege-escalation';
import { applyFix } from '../../server/src/engine/fixes';
import { lintWithRule, runRuleTests } from '../rule-tester';
import { cases, y, POD_HEAD } from './k8s003.cases';

runRuleTests(rule, cases);

void describe('K8S003 suggestions produce a manifest the rule accepts', () => {
  const cases: { name: string; code: string; output: string }[] = [
    {
      name: 'privileged: set it false and add the flag at the top of the map',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      privileged: true'),
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      privileged: false'),
    },
    {
      name: 'SYS_ADMIN last in a block list: its line goes, the flag lands above',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      capabilities:', '        add:', '        - NET_ADMIN', '        - SYS_ADMIN'),
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities:', '        add:', '        - NET_ADMIN'),
    },
    {
      name: 'SYS_ADMIN alone in a block list becomes []',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: true', '      capabilities:', '        add:', '          - SYS_ADMIN'),
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities:', '        add: []'),
    },
    {
      name: 'contradictory flow list: only the capability goes',
      code: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities: {add: [CHOWN, CAP_SYS_ADMIN]}'),
      output: y(...POD_HEAD, 'spec:', '  containers:', '  - name: a', '    securityContext:', '      allowPrivilegeEscalation: false', '      capabilities: {add: [CHOWN]}'),
    },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const [finding] = lintWithRule(rule, { code: c.code });
      const suggestion = finding?.suggestions?.[0];
      assert.ok(suggestion, 'expected a suggestion');
      const fixed = applyFix(c.code, suggestion);
      assert.equal(fixed, c.output);
      assert.deepEqual(lintWithRule(rule, { code: fixed }), []);
    });
  }
});
