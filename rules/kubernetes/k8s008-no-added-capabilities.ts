import { addedCapabilities, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';
import { removeSeqItem } from '../../server/src/engine/yaml-edit';

/** Capabilities that amount to control of the node, its kernel or other containers. */
const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'SYS_CHROOT',
  'NET_ADMIN',
  'NET_RAW',
  'DAC_READ_SEARCH',
  'DAC_OVERRIDE',
  'BPF',
  'PERFMON',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'SETUID',
  'SETGID',
  'SETFCAP',
  'MKNOD',
  'LINUX_IMMUTABLE',
  'SYSLOG',
  'WAKE_ALARM',
  'BLOCK_SUSPEND',
]);

/** Binding a port below 1024 is the one addition Pod Security "restricted" allows. */
const ALLOWED = new Set(['NET_BIND_SERVICE']);

export default defineRule({
  meta: {
    id: 'K8S008',
    slug: 'no-added-capabilities',
    kind: 'kubernetes',
    title: 'Containers must not add Linux capabilities',
    controls: ['CC6.1'],
    severity: 'warning',
    description:
      'Each capability in `securityContext.capabilities.add` hands a slice of root\'s power to the container: SYS_ADMIN is nearly root, SYS_MODULE loads kernel modules, SYS_PTRACE reads other processes\' memory, NET_ADMIN rewrites the node\'s network, DAC_READ_SEARCH bypasses file permissions. The Kubernetes "restricted" Pod Security standard allows adding only NET_BIND_SERVICE. Every other addition widens what a compromised container can do and must be a reviewed exception under SOC 2 CC6.1. The message names the capability and says when it is one of the dangerous ones.',
    remediation:
      'Remove the capability from `capabilities.add`. If the workload truly needs it (a CNI plugin needs NET_ADMIN), keep it, isolate the workload (its own namespace, node pool) and suppress the finding with the reason.',
    fix: 'suggestion',
    messages: {
      dangerous: '{{subject}} of {{resource}} adds the {{capability}} capability, which gives it control over the node or other workloads far beyond what an application needs.',
      added: '{{subject}} of {{resource}} adds the {{capability}} capability; only NET_BIND_SERVICE is allowed by the restricted Pod Security standard.',
    },
    // The rule is a suggestion, not a quick fix: removing a capability the process relies on breaks it.
    peers: ['CKV_K8S_25', 'CKV_K8S_39', 'KICS 19ebaa28', 'KICS 235236ee', 'KSV-0005', 'KSV-0022', 'KSV-0106', 'KSV-0119', 'Polaris dangerousCapabilities', 'Polaris insecureCapabilities', 'kubesec CapSysAdmin', 'Datree CONTAINERS_INVALID_CAPABILITIES_VALUE'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        for (const cap of addedCapabilities(container.securityContext)) {
          if (ALLOWED.has(cap.name)) continue;
          const range = nodeRange(ctx.lines, cap.node);
          if (!range) continue;
          const edit = removeSeqItem(ctx.lines, cap.seq, cap.index, cap.pair);
          const suggestion: Fix | undefined = edit && { title: `Remove ${cap.name} from capabilities.add`, edits: [edit] };
          ctx.report({
            messageId: DANGEROUS.has(cap.name) ? 'dangerous' : 'added',
            range,
            data: { subject: describeContainer(container), resource: describeObject(pod.object), capability: cap.name },
            resource: resourceOf(pod.object),
            ...(suggestion ? { suggestions: [suggestion] } : {}),
          });
        }
      }
    }
  },
});
