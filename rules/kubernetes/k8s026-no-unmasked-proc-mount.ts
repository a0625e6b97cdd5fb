import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S026',
    slug: 'no-unmasked-proc-mount',
    kind: 'kubernetes',
    title: 'Containers must not unmask /proc',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'By default the runtime masks and makes read-only the parts of `/proc` that expose the host kernel (`/proc/kcore`, `/proc/sysrq-trigger`, `/proc/sys` ...). `procMount: Unmasked` removes that protection, so a process in the container can read kernel memory or change kernel settings of the node. It is meant only for nested container runtimes with user namespaces. Keeping the host kernel out of reach is an isolation control under SOC 2 CC6.1 and CC6.3.',
    remediation: 'Remove `procMount` or set it to `Default`.',
    fix: 'quickfix',
    messages: {
      unmasked: '{{subject}} of {{resource}} sets procMount: Unmasked, exposing the node kernel\'s /proc interfaces (kernel memory, sysrq, sysctls) to the container.',
    },
    peers: ['KICS f922827f', 'KSV-0027', 'kube-linter unsafe-proc-mount', 'Polaris procMount'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const pair = getPair(container.securityContext, 'procMount');
        if (!pair || scalarValue(pair.value) !== 'Unmasked') continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        ctx.report({ messageId: 'unmasked', range, data: { subject: describeContainer(container), resource: describeObject(pod.object) }, resource: resourceOf(pod.object), fix: { title: 'Set procMount: Default', edits: [replaceNode(ctx.lines, pair.value, 'Default')] } });
      }
    }
  },
});
