import { containerAnchor, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { insertTreeAt, resourceQuantity, resourcedContainers } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getMapAt, getPair, keyRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S018',
    slug: 'require-memory-limit',
    kind: 'kubernetes',
    title: 'Containers must set a memory limit',
    controls: ['A1.2', 'CC7.2'],
    severity: 'warning',
    description:
      'A container without a memory limit can consume the node\'s memory until the kernel kills other processes, so one leak or one attack takes down neighbouring workloads: a denial of service against the availability commitment of SOC 2 A1.2. A limit also makes runaway consumption an observable event (OOMKilled) that monitoring can alert on (CC7.2). CPU limits are deliberately not required: CPU is compressible, and CPU limits throttle latency-sensitive services even on idle nodes; CPU requests (K8S017) already bound the scheduler\'s view. Regular and init containers are checked; a zero limit counts as unset.',
    remediation: 'Set `resources.limits.memory` on every container, usually equal to or a little above the memory request. The suggestion inserts a placeholder to be sized from observed usage.',
    fix: 'suggestion',
    messages: {
      missing: '{{subject}} of {{resource}} has no memory limit, so a leak or an attack in it can exhaust the node\'s memory and take down other workloads.',
    },
    peers: ['CKV_K8S_13', 'KICS b14d1bc4', 'KSV-0018', 'kube-linter unset-memory-requirements', 'Polaris memoryLimitsMissing', 'kubesec LimitsMemory', 'SNYK-CC-K8S-5'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of resourcedContainers(containers)) {
        if (resourceQuantity(container, 'limits', 'memory') !== undefined) continue;
        const resourcesPair = getPair(container.map, 'resources');
        const range = resourcesPair ? keyRange(ctx.lines, resourcesPair) : containerAnchor(ctx.lines, container);
        if (!range) continue;
        // A request is the natural starting point for the limit; otherwise a placeholder.
        const request = resourceQuantity(container, 'requests', 'memory') ?? '256Mi';
        const written = getPair(getMapAt(container.map, 'resources', 'limits'), 'memory');
        const edit = written ? undefined : insertTreeAt(ctx.lines, container.map, ['resources', 'limits'], { memory: request });
        const suggestions: Fix[] = edit ? [{ title: `Limit memory to ${request} (size it from observed usage)`, edits: [edit] }] : [];
        ctx.report({ messageId: 'missing', range, data: { subject: describeContainer(container), resource: describeObject(pod.object) }, resource: resourceOf(pod.object), suggestions });
      }
    }
  },
});
