import { containerAnchor, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { appendSeqItem, droppedCapabilities } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix, TextEdit } from '../../server/src/engine/types';
import { keyRange } from '../../server/src/engine/yaml';
import { setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S007',
    slug: 'require-drop-all-capabilities',
    kind: 'kubernetes',
    title: 'Containers must drop all Linux capabilities',
    controls: ['CC6.1', 'CC6.6'],
    severity: 'warning',
    description:
      'Container runtimes hand every container a default set of Linux capabilities, among them NET_RAW (forge packets, spoof ARP/DNS on the pod network), CHOWN, DAC_OVERRIDE, SETUID and SETGID. Few applications need any of them. Unless a container drops `ALL` (and adds back only what it needs), a compromised process keeps those powers. Dropping everything by default is the least-privilege baseline of SOC 2 CC6.1, and removing NET_RAW closes a lateral-movement path on the network (CC6.6). Capabilities are per container: the pod securityContext has no such field, so init and ephemeral containers need it too.',
    remediation:
      'Add `capabilities: {drop: [ALL]}` to every container\'s securityContext, then add back only the capabilities the process needs (for example `NET_BIND_SERVICE` to bind a port below 1024). Dropping only `NET_RAW` is better than nothing but leaves the rest of the default set.',
    fix: 'quickfix',
    messages: {
      missing: '{{subject}} of {{resource}} does not drop capabilities, so it keeps the runtime\'s default set (NET_RAW, SETUID, DAC_OVERRIDE ...). Drop ALL and add back only what it needs.',
      partial: '{{subject}} of {{resource}} drops {{dropped}} but not ALL, so it keeps the rest of the runtime\'s default capabilities{{netRaw}}.',
    },
    peers: [
      'CKV_K8S_37',
      'CKV_K8S_28',
      'KICS 268ca686',
      'KICS dbbc6705',
      'KSV-0003',
      'KSV-0004',
      'kube-linter drop-net-raw-capability',
      'kubesec CapDropAll',
      'kubesec CapDropAny',
      'SNYK-CC-K8S-6',
      'Datree CIS_MISSING_VALUE_DROP_NET_RAW',
    ],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const drop = droppedCapabilities(container.securityContext);
        // containerd and CRI-O compare "ALL" case-insensitively.
        if (drop.names.some((c) => c.name === 'ALL')) continue;
        const base = { subject: describeContainer(container), resource: describeObject(pod.object) };
        const resource = resourceOf(pod.object);
        // An existing list (`drop: [NET_RAW]`, `drop: []`) gets ALL appended; otherwise the key is created.
        const edit: TextEdit | undefined = drop.seq ? appendSeqItem(ctx.lines, drop.seq, 'ALL') : setPath(ctx.lines, container.map, ['securityContext', 'capabilities', 'drop'], '[ALL]');
        const fix: Fix | undefined = edit && { title: 'Drop ALL capabilities', edits: [edit] };
        const range = drop.pair && drop.names.length > 0 ? keyRange(ctx.lines, drop.pair) : containerAnchor(ctx.lines, container);
        if (!range) continue;
        if (drop.names.length > 0) {
          const netRaw = drop.names.some((c) => c.name === 'NET_RAW') ? '' : ', NET_RAW included';
          ctx.report({ messageId: 'partial', range, data: { ...base, dropped: drop.names.map((c) => c.name).join(', '), netRaw }, resource, ...(fix ? { fix } : {}) });
        } else {
          ctx.report({ messageId: 'missing', range, data: base, resource, ...(fix ? { fix } : {}) });
        }
      }
    }
  },
});
