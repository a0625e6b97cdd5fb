import { describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getNode, getString, nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S085',
    slug: 'no-kubernetes-dashboard',
    kind: 'kubernetes',
    title: 'The Kubernetes dashboard should not be deployed',
    controls: ['CC6.1', 'CC6.6'],
    severity: 'warning',
    description:
      'The Kubernetes dashboard is a web UI with its own service account; it has been the entry point of real cluster compromises when exposed or bound to broad roles (the 2018 Tesla cryptojacking incident). It adds a second, browser-facing way into the cluster beside the API server, with its own login and exposure to review. SOC 2 CC6.1 and CC6.6 expect unnecessary administrative interfaces to be removed, and necessary ones to be restricted.',
    remediation: 'Remove the dashboard, or keep it reachable only through `kubectl proxy`/port-forward, bound to a read-only role, with token login only (no skip button) and no Ingress or LoadBalancer.',
    fix: 'none',
    messages: {
      dashboard: '{{resource}} deploys the Kubernetes dashboard ({{image}}): an extra administrative web interface into the cluster.',
    },
    peers: ['CKV_K8S_33', 'KICS d2ad057f'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const image = getString(container.map, 'image') ?? '';
        // kubernetesui/dashboard (v2+), kubernetesui/dashboard-web|api|auth (v3+), kubernetes-dashboard-amd64 (v1).
        if (!/(^|\/)(kubernetesui\/dashboard(-(web|api|auth))?|kubernetes-dashboard(-amd64)?)(:|@|$)/.test(image)) continue;
        const range = nodeRange(ctx.lines, getNode(container.map, 'image'));
        if (range) ctx.report({ messageId: 'dashboard', range, data: { resource: describeObject(pod.object), image }, resource: resourceOf(pod.object) });
      }
    }
  },
});
