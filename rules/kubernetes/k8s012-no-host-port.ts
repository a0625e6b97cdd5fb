import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { removeMapPair } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, deref, getNode, getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S012',
    slug: 'no-host-port',
    kind: 'kubernetes',
    title: 'Containers must not bind host ports',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'A `hostPort` opens the port on the node\'s own network interface and forwards it to the container. The port is then reachable by anything that can reach the node, outside Services, Ingress and often outside NetworkPolicy, and it ties the pod to nodes where the port is free. An unreviewed path into the cluster is what SOC 2 CC6.6 asks to prevent.',
    remediation: 'Remove `hostPort` and expose the container through a Service (ClusterIP behind an Ingress or a load balancer with source ranges).',
    fix: 'quickfix',
    messages: {
      hostPort: '{{subject}} of {{resource}} binds host port {{port}}, which opens the port on the node itself and bypasses Services and NetworkPolicy.',
    },
    peers: ['CKV_K8S_26', 'KICS 2b1836f1', 'KSV-0024', 'Polaris hostPortSet', 'Datree CONTAINERS_INCORRECT_KEY_HOSTPORT'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        for (const item of asSeq(getNode(container.map, 'ports'))?.items ?? []) {
          const port = asMap(deref(pod.object.doc, item));
          const pair = getPair(port, 'hostPort');
          const value = scalarValue(pair?.value);
          // hostPort 0 (or empty) means "not set" to the API server.
          if (!port || !pair || value === null || value === undefined || value === 0 || value === '0') continue;
          const range = nodeRange(ctx.lines, pair.value);
          if (!range) continue;
          const edit = removeMapPair(ctx.lines, port, pair);
          const fix: Fix | undefined = edit && { title: 'Remove hostPort', edits: [edit] };
          ctx.report({ messageId: 'hostPort', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), port: String(value) }, resource: resourceOf(pod.object), ...(fix ? { fix } : {}) });
        }
      }
    }
  },
});
