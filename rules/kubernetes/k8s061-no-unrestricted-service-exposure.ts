import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { annotationsOf, isInternalLoadBalancer } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asSeq, getMapAt, getPair, keyRange, nodeOffsets, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { insertIntoMap, replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S061',
    slug: 'no-unrestricted-service-exposure',
    kind: 'kubernetes',
    title: 'Services must not be exposed outside the cluster without source restrictions',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'A `NodePort` Service opens a port on every node; a `LoadBalancer` Service without `loadBalancerSourceRanges` (and without a cloud "internal" annotation) gets an internet-facing address; `externalIPs` route outside addresses to the Service (and let anyone who can create a Service intercept traffic, CVE-2020-8554). All three bypass the Ingress layer where TLS, authentication and logging usually live. SOC 2 CC6.6 expects the entry points into the system to be deliberate and restricted to the sources that need them.',
    remediation: 'Use `type: ClusterIP` behind an Ingress or Gateway; if a load balancer is required, list the client ranges in `spec.loadBalancerSourceRanges` or request an internal load balancer with the cloud annotation; remove `externalIPs`.',
    fix: 'suggestion',
    messages: {
      nodePort: '{{resource}} is type NodePort: it listens on every node\'s address, outside the Ingress layer.',
      loadBalancer: '{{resource}} is type LoadBalancer without loadBalancerSourceRanges or an internal-load-balancer annotation: it is reachable from anywhere.',
      externalIPs: '{{resource}} sets externalIPs: outside addresses are routed to it, bypassing the Ingress layer.',
    },
    peers: ['KICS 845acfbe', 'KICS 26763a1c', 'KSV-0108', 'kube-linter exposed-services', 'Datree SERVICE_INCORRECT_TYPE_VALUE_NODEPORT', 'SNYK-CC-K8S-15'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'Service' || object.apiVersion !== 'v1') continue;
      const spec = getMapAt(object.map, 'spec');
      const typePair = getPair(spec, 'type');
      const type = scalarValue(typePair?.value);
      const data = { resource: describeObject(object) };
      const resource = resourceOf(object);
      if (typePair && spec && (type === 'NodePort' || type === 'LoadBalancer')) {
        const ranges = asSeq(getPair(spec, 'loadBalancerSourceRanges')?.value)?.items.length ?? 0;
        const restricted = type === 'LoadBalancer' && (ranges > 0 || isInternalLoadBalancer(annotationsOf(object)));
        const range = nodeRange(ctx.lines, typePair.value);
        if (!restricted && range) {
          const suggestions: Fix[] = [{ title: 'Make it a ClusterIP Service (reach it through an Ingress)', edits: [replaceNode(ctx.lines, typePair.value, 'ClusterIP')] }];
          if (type === 'LoadBalancer') {
            // Fill an existing empty list (`loadBalancerSourceRanges: []`) rather than adding a duplicate key.
            const existing = getPair(spec, 'loadBalancerSourceRanges');
            const edit = !existing ? insertIntoMap(ctx.lines, spec, { loadBalancerSourceRanges: '[10.0.0.0/8]' }) : nodeOffsets(existing.value) ? replaceNode(ctx.lines, existing.value, '[10.0.0.0/8]') : undefined;
            if (edit) suggestions.push({ title: 'Restrict the load balancer to client ranges (edit the placeholder CIDR)', edits: [edit] });
          }
          ctx.report({ messageId: type === 'NodePort' ? 'nodePort' : 'loadBalancer', range, data, resource, suggestions });
        }
      }
      const external = getPair(spec, 'externalIPs');
      if (external && (asSeq(external.value)?.items.length ?? 0) > 0) {
        const range = keyRange(ctx.lines, external);
        if (range) ctx.report({ messageId: 'externalIPs', range, data, resource });
      }
    }
  },
});
