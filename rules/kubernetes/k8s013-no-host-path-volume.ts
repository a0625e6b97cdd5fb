import { describeObject, k8sBoolean, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { hostPathVolumes, isRuntimeSocket, mountsOf, normaliseHostPath } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix, TextEdit } from '../../server/src/engine/types';
import { getPair, nodeRange } from '../../server/src/engine/yaml';
import { setPath } from '../../server/src/engine/yaml-edit';

/** Host paths that expose the node's identity, credentials, kernel or binaries (exact match). */
const SENSITIVE_EXACT = new Set(['/', '/bin', '/sbin', '/usr', '/lib', '/lib64', '/boot', '/dev', '/home', '/run', '/var/run', '/var', '/var/lib']);
/** Host paths that are sensitive with everything below them. */
const SENSITIVE_TREES = ['/etc', '/proc', '/sys', '/root', '/boot', '/dev', '/var/lib/kubelet', '/var/lib/etcd', '/etc/kubernetes', '/usr/bin', '/usr/sbin', '/usr/lib'];

function isSensitive(path: string): boolean {
  const p = normaliseHostPath(path);
  return SENSITIVE_EXACT.has(p) || SENSITIVE_TREES.some((t) => p === t || p.startsWith(`${t}/`));
}

export default defineRule({
  meta: {
    id: 'K8S013',
    slug: 'no-host-path-volume',
    kind: 'kubernetes',
    title: 'Workloads must not mount host paths',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'warning',
    description:
      'A `hostPath` volume gives the container the node\'s own files. System directories (`/`, `/etc`, `/proc`, `/sys`, `/var/lib/kubelet`, `/root` ...) hold node credentials, kubelet and service-account keys, kernel interfaces and binaries: mounting them lets a container read secrets of other workloads or take over the node, and a writable mount of any host path lets it plant files the node will run. Host access outside `kube-system` node agents defeats the isolation that SOC 2 CC6.1 and CC6.3 rely on. Sensitive paths are reported in every namespace; other host paths everywhere but `kube-system`. Container runtime sockets are K8S014\'s concern.',
    remediation:
      'Use a PersistentVolumeClaim, `emptyDir`, ConfigMap or Secret volume instead. If a node agent needs host files, mount the narrowest path, set `readOnly: true` on every mount, and keep it in a dedicated namespace with a suppression stating the reason.',
    fix: 'suggestion',
    messages: {
      sensitive: '{{resource}} mounts the sensitive host path {{path}} (volume "{{volume}}"){{writable}}: it exposes the node\'s credentials, kernel interfaces or binaries to the container.',
      hostPath: '{{resource}} mounts the host path {{path}} (volume "{{volume}}"){{writable}}: the container reaches outside its sandbox into the node\'s filesystem.',
    },
    peers: [
      'KICS 5308a7a8',
      'KICS aa8f7a35',
      'KICS b7652612',
      'KSV-0023',
      'KSV-0121',
      'kube-linter sensitive-host-mounts',
      'kube-linter writable-host-mount',
      'Polaris hostPathSet',
      'Datree CONTAINERS_INCORRECT_KEY_HOSTPATH',
      'Datree EKS_INVALID_HOSTPATH_MOUNT_READONLY_VALUE',
    ],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      const namespace = pod.object.namespace ?? ctx.config.defaultNamespace;
      for (const volume of hostPathVolumes(pod)) {
        if (isRuntimeSocket(volume.path)) continue;
        const sensitive = isSensitive(volume.path);
        if (!sensitive && namespace === 'kube-system') continue;
        const range = nodeRange(ctx.lines, volume.pathNode);
        if (!range) continue;
        const edits: TextEdit[] = [];
        let writable = 0;
        for (const container of containers) {
          for (const mount of mountsOf(container, volume.name)) {
            if (k8sBoolean(getPair(mount, 'readOnly')?.value) === true) continue;
            writable++;
            const edit = setPath(ctx.lines, mount, ['readOnly'], 'true');
            if (edit) edits.push(edit);
          }
        }
        const suggestions: Fix[] = writable > 0 && edits.length === writable ? [{ title: 'Mount the host path read-only', edits }] : [];
        ctx.report({
          messageId: sensitive ? 'sensitive' : 'hostPath',
          range,
          data: { resource: describeObject(pod.object), path: volume.path || '(no path)', volume: volume.name, writable: writable > 0 ? ' writable' : '' },
          resource: resourceOf(pod.object),
          ...(suggestions.length ? { suggestions } : {}),
        });
      }
    }
  },
});
