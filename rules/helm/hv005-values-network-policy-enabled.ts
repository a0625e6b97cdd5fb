import { defineRule } from '../../server/src/engine/rule';
import { replaceNode } from '../../server/src/engine/yaml-edit';
import { asMap, getPair, nodeRange, scalarValue, walkMaps } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'HV005',
    slug: 'values-network-policy-enabled',
    kind: 'helm-values',
    title: 'Chart NetworkPolicies must stay enabled',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'Charts that ship a NetworkPolicy (the Bitnami convention `networkPolicy.enabled`, at the top level or per component such as `primary.networkPolicy`) let a values file turn it off. With it off, the chart\'s pods accept traffic from every pod in the cluster, which defeats the network boundaries SOC 2 CC6.6 expects.',
    remediation: 'Set `networkPolicy.enabled: true` and use the chart\'s `networkPolicy.allowExternal`/`extraIngress` settings to allow what clients need.',
    fix: 'suggestion',
    messages: { disabled: '{{path}} is false: the chart deploys its pods without a NetworkPolicy, open to every pod in the cluster.' },
    peers: ['none of the peers (values-level)'],
  },
  check(ctx) {
    for (const doc of ctx.yaml?.docs ?? []) {
      walkMaps(doc.contents, (map, path) => {
        if (path[path.length - 1] !== 'networkPolicy') return;
        const enabled = getPair(asMap(map), 'enabled');
        if (!enabled || scalarValue(enabled.value) !== false) return;
        const range = nodeRange(ctx.lines, enabled.value);
        if (!range) return;
        ctx.report({
          messageId: 'disabled',
          range,
          data: { path: [...path, 'enabled'].join('.') },
          suggestions: [{ title: `Enable the chart's NetworkPolicy (${[...path, 'enabled'].join('.')}: true)`, edits: [replaceNode(ctx.lines, enabled.value, 'true')] }],
        });
      });
    }
  },
});
