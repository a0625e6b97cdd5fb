import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { declaredPorts, isPrivilegedPort, isSshPort } from '../../server/src/engine/ports';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/** The conventional unprivileged stand-in for a low port: 80 -> 8080, 443 -> 8443, 53 -> 8053. */
function unprivilegedAlternative(port: number): number {
  return 8000 + port;
}

export default defineRule({
  meta: {
    id: 'K8S037',
    slug: 'no-privileged-port',
    kind: 'kubernetes',
    title: 'Containers should not listen on privileged ports (below 1024)',
    controls: ['CC6.1'],
    severity: 'info',
    profile: 'strict',
    description:
      'Ports below 1024 are reserved: a process needs root or the NET_BIND_SERVICE capability to bind them (unless the runtime lowers the `ip_unprivileged_port_start` sysctl). An image that listens on port 80 or 443 is usually built to start as root, or keeps a capability only for that bind, which works against running as non-root with all capabilities dropped, the least-privilege baseline of SOC 2 CC6.1. Nothing outside the pod needs the low port: a Service can expose port 80 and forward to 8080. The rule reports each `containerPort` below 1024; port 22 over TCP is left to K8S029 (SSH), and `hostPort` to K8S012, which reports every host port. In the `strict` profile because many official images still listen on 80.',
    remediation:
      'Configure the application to listen on an unprivileged port (8080 instead of 80, 8443 instead of 443), set that as `containerPort`, and keep the public port on the Service (`port: 80`, `targetPort: 8080`). The suggestion only changes the manifest; the application, its probes and the Service `targetPort` must change with it.',
    fix: 'suggestion',
    messages: {
      privileged: '{{subject}} of {{resource}} listens on privileged port {{port}}: binding a port below 1024 needs root or NET_BIND_SERVICE, so the container cannot run with least privilege.',
    },
    peers: ['kube-linter privileged-ports', 'KSV-0117'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        for (const port of declaredPorts(container)) {
          if (port.containerPort === undefined || !isPrivilegedPort(port.containerPort) || isSshPort(port)) continue;
          const range = nodeRange(ctx.lines, port.containerPortNode);
          if (!range) continue;
          const alternative = unprivilegedAlternative(port.containerPort);
          const suggestions: Fix[] = [{ title: `Use port ${alternative} (the application, probes and Service targetPort must change too)`, edits: [replaceNode(ctx.lines, port.containerPortNode, String(alternative))] }];
          ctx.report({ messageId: 'privileged', range, data: { subject: describeContainer(container), resource: describeObject(pod.object), port: String(port.containerPort) }, resource: resourceOf(pod.object), suggestions });
        }
      }
    }
  },
});
