import { findValuesPairs } from '../../server/src/engine/helm-values-keys';
import { isInternalLoadBalancer } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, asSeq, getPair, nodeRange, scalarValue, stringMap } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV030',
    slug: 'values-no-exposed-service',
    kind: 'helm-values',
    title: 'Chart values must not expose Services without source restrictions',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'The `service.type` key of the `helm create` scaffold and of Bitnami charts (also per component, such as `primary.service.type`) becomes the Service type. `NodePort` opens the port on every node; `LoadBalancer` without `loadBalancerSourceRanges` or an internal-load-balancer annotation gets an address reachable from anywhere. Either bypasses the Ingress layer where TLS and authentication usually live, which SOC 2 CC6.6 expects entry points to go through. The service of a disabled component (`metrics.enabled: false`) is not reported: the chart does not render it.',
    remediation: 'Use `service.type: ClusterIP` with the chart\'s ingress, or set `service.loadBalancerSourceRanges` to the client ranges (or an internal-load-balancer annotation in `service.annotations`).',
    fix: 'suggestion',
    messages: {
      exposed: '{{path}} is {{type}}{{why}}: the Service is reachable from outside the cluster.',
    },
    peers: ['KICS 845acfbe', 'KICS 26763a1c', 'KSV-0108', 'kube-linter exposed-services'],
  },
  check(ctx) {
    // A service map of a disabled component (`metrics.enabled: false`) is never rendered.
    for (const { pair, path, disabled } of findValuesPairs(ctx.yaml?.docs ?? [], 'service')) {
      const map = asMap(pair.value);
      if (disabled || !map) continue;
      const typePair = getPair(map, 'type');
      const type = scalarValue(typePair?.value);
      if (!typePair || (type !== 'NodePort' && type !== 'LoadBalancer')) continue;
      if (type === 'LoadBalancer') {
        const ranges = asSeq(getPair(map, 'loadBalancerSourceRanges')?.value)?.items.length ?? 0;
        if (ranges > 0 || isInternalLoadBalancer(stringMap(asMap(getPair(map, 'annotations')?.value)))) continue;
      }
      const range = nodeRange(ctx.lines, typePair.value);
      if (!range) continue;
      ctx.report({
        messageId: 'exposed',
        range,
        data: { path: [...path, 'type'].join('.'), type, why: type === 'LoadBalancer' ? ' without loadBalancerSourceRanges' : '' },
        suggestions: [{ title: 'Use ClusterIP (reach it through the chart\'s ingress)', edits: [replaceNode(ctx.lines, typePair.value, 'ClusterIP')] }],
      });
    }
  },
});
