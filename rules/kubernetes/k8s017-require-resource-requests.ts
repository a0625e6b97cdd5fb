import { containerAnchor, describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { insertTreeAt, resourceQuantity, resourcedContainers } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getMapAt, getPair, keyRange } from '../../server/src/engine/yaml';

/** Starting values for the suggestion; the user must size them from observed usage. */
const PLACEHOLDER = { cpu: '100m', memory: '128Mi' } as const;

export default defineRule({
  meta: {
    id: 'K8S017',
    slug: 'require-resource-requests',
    kind: 'kubernetes',
    title: 'Containers must request CPU and memory',
    controls: ['A1.2', 'CC7.2'],
    severity: 'warning',
    description:
      'Without CPU and memory requests the scheduler places a pod as if it needed nothing, so nodes get overcommitted and the pod is the first evicted under pressure (BestEffort QoS). Requests are the capacity commitment behind the availability criterion SOC 2 A1.2, and the baseline that makes abnormal consumption visible to monitoring (CC7.2). Regular and init containers are checked; ephemeral debug containers cannot declare resources. A zero request counts as unset.',
    remediation:
      'Set `resources.requests.cpu` and `resources.requests.memory` on every container from observed usage (for example the 90th percentile of a week in production). The suggestion inserts placeholder values to be sized.',
    fix: 'suggestion',
    messages: {
      missing: '{{subject}} of {{resource}} does not request {{what}}, so the scheduler cannot reserve capacity for it and it is evicted first under node pressure.',
    },
    peers: ['CKV_K8S_10', 'CKV_K8S_12', 'KICS ca469dd4', 'KICS 229588ef', 'KSV-0011', 'KSV-0015', 'kube-linter unset-cpu-requirements', 'Polaris cpuRequestsMissing', 'Polaris memoryRequestsMissing', 'kubesec RequestsCPU', 'kubesec RequestsMemory', 'SNYK-CC-K8S-4'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of resourcedContainers(containers)) {
        const missing = (['cpu', 'memory'] as const).filter((r) => resourceQuantity(container, 'requests', r) === undefined);
        if (missing.length === 0) continue;
        const resourcesPair = getPair(container.map, 'resources');
        const range = resourcesPair ? keyRange(ctx.lines, resourcesPair) : containerAnchor(ctx.lines, container);
        if (!range) continue;
        // A key written as 0 or empty stays for the user to size: inserting it again would duplicate it.
        const absent = missing.filter((r) => !getPair(getMapAt(container.map, 'resources', 'requests'), r));
        const edit = absent.length > 0 ? insertTreeAt(ctx.lines, container.map, ['resources', 'requests'], Object.fromEntries(absent.map((r) => [r, PLACEHOLDER[r]]))) : undefined;
        const shown = absent.map((r) => `${r}: ${PLACEHOLDER[r]}`).join(', ');
        const suggestions: Fix[] = edit ? [{ title: `Request ${shown} (placeholders: size them from observed usage)`, edits: [edit] }] : [];
        ctx.report({ messageId: 'missing', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), what: missing.join(' or ') }, resource: resourceOf(pod.object), suggestions });
      }
    }
  },
});

