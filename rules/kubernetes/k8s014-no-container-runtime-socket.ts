import { describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { hostPathVolumes, isRuntimeSocket } from '../../server/src/engine/pod-hardening';
import { defineRule } from '../../server/src/engine/rule';
import { nodeRange } from '../../server/src/engine/yaml';

export default defineRule({
  meta: {
    id: 'K8S014',
    slug: 'no-container-runtime-socket',
    kind: 'kubernetes',
    title: 'Workloads must not mount the container runtime socket',
    controls: ['CC6.1', 'CC6.3'],
    severity: 'error',
    description:
      'The Docker, containerd, CRI-O or Podman socket is the API that starts containers on the node. A container that can talk to it can start a privileged container with the host filesystem mounted, read every other container\'s secrets and logs, or stop them: full control of the node, readOnly mount or not. It defeats every access boundary of SOC 2 CC6.1 and CC6.3.',
    remediation:
      'Remove the volume. Build images with a daemonless builder (BuildKit rootless, Kaniko, Buildah) and get container metadata from the Kubernetes API or the kubelet instead of the runtime socket.',
    fix: 'none',
    messages: {
      socket: '{{resource}} mounts the container runtime socket {{path}} (volume "{{volume}}"): whoever controls the container controls every container on the node.',
    },
    peers: ['CKV_K8S_27', 'KICS a6f34658', 'KSV-0006', 'kube-linter docker-sock', 'kubesec DockerSock', 'Datree CONTAINERS_INCORRECT_PATH_VALUE_DOCKERSOCKET'],
  },
  check(ctx) {
    for (const { pod } of workloadContainers(ctx.objects)) {
      for (const volume of hostPathVolumes(pod)) {
        if (!isRuntimeSocket(volume.path)) continue;
        const range = nodeRange(ctx.lines, volume.pathNode);
        if (!range) continue;
        ctx.report({ messageId: 'socket', range, data: { resource: describeObject(pod.object), path: volume.path, volume: volume.name }, resource: resourceOf(pod.object) });
      }
    }
  },
});
