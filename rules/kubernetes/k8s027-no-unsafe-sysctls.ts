import { describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, deref, getNode, getPair, getString, nodeRange } from '../../server/src/engine/yaml';
import { removeSeqItem } from '../../server/src/engine/yaml-edit';

/** The sysctls Kubernetes considers namespaced and safe (Pod Security "baseline", up to 1.29). */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

export default defineRule({
  meta: {
    id: 'K8S027',
    slug: 'no-unsafe-sysctls',
    kind: 'kubernetes',
    title: 'Pods must not set unsafe sysctls',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'Kernel parameters outside the small safe set are either not namespaced (they change the whole node, for every pod) or can starve the node of resources. A pod that sets them reaches past its own sandbox into shared kernel state, which defeats isolation (SOC 2 CC6.1, CC6.3); the kubelet refuses them unless an administrator allow-lists them. The rule accepts the sysctls the Pod Security "baseline" standard allows (`/` and `.` separators both).',
    remediation: 'Remove the sysctl from `securityContext.sysctls`. If the node really needs the setting, tune it on the node (a DaemonSet under change control or the node image), not per pod.',
    fix: 'quickfix',
    messages: {
      unsafe: '{{resource}} sets the unsafe sysctl {{name}}, which is not namespaced or not safe to share and can affect the whole node.',
    },
    peers: ['KICS 9127f0d9', 'KSV-0026', 'kube-linter unsafe-sysctls'],
  },
  check(ctx) {
    for (const { pod } of workloadContainers(ctx.objects)) {
      const pair = getPair(pod.securityContext, 'sysctls');
      const seq = asSeq(pair?.value);
      if (!pair || !seq) continue;
      seq.items.forEach((item, index) => {
        const entry = asMap(deref(pod.object.doc, item));
        const name = getString(entry, 'name');
        if (!entry || !name) return;
        // Kubernetes accepts `/` as the separator too (net/ipv4/tcp_syncookies).
        if (SAFE.has(name.replace(/\//g, '.'))) return;
        const range = nodeRange(ctx.lines, getNode(entry, 'name'));
        if (!range) return;
        const edit = removeSeqItem(ctx.lines, seq, index, pair);
        const fix: Fix | undefined = edit && { title: `Remove sysctl ${name}`, edits: [edit] };
        ctx.report({ messageId: 'unsafe', range, data: { resource: describeObject(pod.object), name }, resource: resourceOf(pod.object), ...(fix ? { fix } : {}) });
      });
    }
  },
});
