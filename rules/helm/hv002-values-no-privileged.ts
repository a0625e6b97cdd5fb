import { describeValuesPath, findValuesSecurityContexts, isInForce } from '../../server/src/engine/helm-values';
import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV002',
    slug: 'values-no-privileged',
    kind: 'helm-values',
    title: 'Chart values must not make containers privileged',
    controls: ['CC6.1'],
    severity: 'error',
    description:
      'A `privileged: true` in a chart\'s security-context values renders a privileged container: all capabilities, all host devices, no seccomp or AppArmor confinement, effectively root on the node. That removes the least-privilege boundary SOC 2 CC6.1 asks for. Maps switched off with `enabled: false`, or inside a disabled component, are skipped.',
    remediation: 'Set `privileged: false` in the values map. If the workload needs one specific power, add only that capability and document the exception.',
    fix: 'quickfix',
    messages: {
      privileged: '{{path}} sets privileged: true: the chart renders a container with all capabilities and host devices, so its compromise is a compromise of the node.',
    },
    peers: ['CKV_K8S_16', 'KICS dd29336b', 'KSV-0017', 'kube-linter privileged-container'],
  },
  check(ctx) {
    for (const sc of findValuesSecurityContexts(ctx.yaml?.docs ?? [])) {
      if (!isInForce(sc)) continue;
      const pair = getPair(sc.map, 'privileged');
      if (!pair || k8sBoolean(pair.value) !== true) continue;
      const range = nodeRange(ctx.lines, pair.value);
      if (!range) continue;
      ctx.report({
        messageId: 'privileged',
        range,
        data: { path: describeValuesPath(sc.path) },
        fix: { title: 'Set privileged: false', edits: [replaceNode(ctx.lines, pair.value, 'false')] },
      });
    }
  },
});
