import { describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getNode, getString, nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S084',
    slug: 'no-tiller',
    kind: 'kubernetes',
    title: 'Helm v2 Tiller must not be deployed',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'Tiller, the in-cluster server of Helm v2, usually runs with cluster-admin and by default serves an unauthenticated gRPC port (44134) to every pod: any workload can install a chart that takes over the cluster. Helm v2 has been unsupported since 2020. SOC 2 CC6.1 and CC6.3 expect privileged deployment machinery to authenticate its callers.',
    remediation: 'Migrate to Helm 3 (no server component; `helm 2to3`) and delete the Tiller Deployment, Service and its cluster-admin binding.',
    fix: 'none',
    messages: {
      tiller: '{{subject}} of {{resource}} runs Tiller ({{image}}): an unauthenticated, usually cluster-admin deployment service.',
    },
    peers: ['CKV_K8S_34', 'CKV_K8S_44', 'CKV_K8S_45', 'KICS 6d173be7', 'KSV-0102'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = getString(container.map, 'image') ?? '';
        // gcr.io/kubernetes-helm/tiller, ghcr.io/helm/tiller and mirrors all end in `/tiller`.
        if (!/(^|\/)tiller(:|@|$)/.test(image)) continue;
        const range = nodeRange(ctx.lines, getNode(container.map, 'image'));
        if (range) ctx.report({ messageId: 'tiller', range, data: { subject: `Container "${container.name}"`, resource: describeObject(pod.object), image }, resource: resourceOf(pod.object) });
      }
    }
  },
});
