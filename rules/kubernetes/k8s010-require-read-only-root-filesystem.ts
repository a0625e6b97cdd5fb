import { containerAnchor, describeContainer, describeObject, k8sBoolean, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { isEmptyValue, replaceNode, setPath } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'K8S010',
    slug: 'require-read-only-root-filesystem',
    kind: 'kubernetes',
    title: 'Containers must mount their root filesystem read-only',
    controls: ['CC6.1', 'CC6.8'],
    severity: 'warning',
    description:
      'A writable root filesystem lets an attacker who gains code execution drop tools, replace binaries or plant persistence inside the running container, and lets the image drift from what was reviewed and signed. With `readOnlyRootFilesystem: true` the container runs exactly the software that was shipped, and the places it may write are explicit volumes. That supports least privilege (SOC 2 CC6.1) and the integrity of deployed software (CC6.8). The field exists only per container: the pod securityContext has none.',
    remediation:
      'Set `readOnlyRootFilesystem: true` in each container\'s securityContext and mount an `emptyDir` volume at every path the process writes to (`/tmp`, caches, PID files). Where the container sets `false` on purpose, the fix is a suggestion, since the writable paths must be found first.',
    fix: 'quickfix',
    messages: {
      missing: '{{subject}} of {{resource}} does not set readOnlyRootFilesystem: true, so a compromised process can modify the container\'s files and binaries.',
      writable: '{{subject}} of {{resource}} sets readOnlyRootFilesystem to {{value}}, so a compromised process can modify the container\'s files and binaries.',
    },
    peers: ['CKV_K8S_22', 'KICS a9c2f49d', 'KSV-0014', 'kube-linter no-read-only-root-fs', 'Polaris notReadOnlyRootFilesystem', 'kubesec ReadOnlyRootFilesystem', 'SNYK-CC-K8S-8', 'Datree CONTAINERS_INCORRECT_READONLYROOTFILESYSTEM_VALUE'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const pair = getPair(container.securityContext, 'readOnlyRootFilesystem');
        const base = { subject: describeContainer(container), resource: describeObject(pod.object) };
        const resource = resourceOf(pod.object);
        if (pair && !isEmptyValue(pair.value)) {
          if (k8sBoolean(pair.value) === true) continue;
          const range = nodeRange(ctx.lines, pair.value);
          if (!range) continue;
          const value = ctx.text.slice(ctx.lines.offsetAt(range.start), ctx.lines.offsetAt(range.end));
          // An explicit false is a decision someone made: the edit needs the writable paths first.
          ctx.report({ messageId: 'writable', range, data: { ...base, value }, resource, suggestions: [{ title: 'Set readOnlyRootFilesystem: true (mount emptyDir volumes where the process writes)', edits: [replaceNode(ctx.lines, pair.value, 'true')] }] });
          continue;
        }
        const range = containerAnchor(ctx.lines, container);
        if (!range) continue;
        const edit = setPath(ctx.lines, container.map, ['securityContext', 'readOnlyRootFilesystem'], 'true');
        const fix: Fix | undefined = edit && { title: 'Add readOnlyRootFilesystem: true to the container securityContext', edits: [edit] };
        ctx.report({ messageId: 'missing', range, data: base, resource, ...(fix ? { fix } : {}) });
      }
    }
  },
});
