import { describeContainer, describeObject, resourceOf, workloadContainers } from '../../server/src/engine/kubernetes';
import { declaredPorts, portsFullyKnown, probePorts, type DeclaredPort, type ProbePort } from '../../server/src/engine/ports';
import type { LineIndex } from '../../server/src/engine/positions';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { nodeRange } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

/**
 * A suggestion to point the probe at the container's only candidate port: for a named probe port the
 * only named port, for a numeric one the only TCP port. None when there is no single candidate.
 */
function retarget(lines: LineIndex, probePort: ProbePort, ports: readonly DeclaredPort[]): Fix[] {
  if (typeof probePort.value === 'string') {
    const named = ports.filter((p) => p.name !== undefined);
    return named.length === 1 ? [{ title: `Check port "${named[0]!.name}" instead`, edits: [replaceNode(lines, probePort.node, named[0]!.name!)] }] : [];
  }
  const tcp = ports.filter((p) => p.protocol === 'TCP' && p.containerPort !== undefined);
  return tcp.length === 1 ? [{ title: `Check port ${tcp[0]!.containerPort} instead`, edits: [replaceNode(lines, probePort.node, String(tcp[0]!.containerPort))] }] : [];
}

export default defineRule({
  meta: {
    id: 'K8S038',
    slug: 'require-probe-on-declared-port',
    kind: 'kubernetes',
    title: 'Probes must check a port the container declares',
    controls: ['CC7.2', 'A1.2'],
    severity: 'warning',
    description:
      'A liveness, readiness or startup probe that checks the wrong port gives a false health signal: a probe on a port nothing listens on fails, so Kubernetes restarts a healthy container or never sends it traffic, and a probe on a side port (metrics, admin) stays green while the service itself is down. Either way the monitoring SOC 2 CC7.2 relies on, and the availability A1.2 asks for, are undermined. The rule reports a probe (`httpGet`, `tcpSocket` or `grpc`) whose port is a name that no entry of the container\'s `ports` carries (the kubelet cannot resolve it, so the probe always fails), or a number that is not among the container\'s TCP `containerPort`s. A container that declares no ports at all is not judged on numeric probe ports, since declaring ports is optional, and nor is a probe whose `host` names another address.',
    remediation: 'Point the probe at the port the application serves its health endpoint on, and declare that port (with a name) in the container\'s `ports`, then refer to it by name in the probe so the two cannot drift apart.',
    fix: 'suggestion',
    messages: {
      unknownName: '{{subject}} of {{resource}}: its {{probe}} checks port "{{port}}", but no port of the container has that name, so the kubelet cannot resolve it and the probe always fails.',
      undeclaredNumber: '{{subject}} of {{resource}}: its {{probe}} checks port {{port}}, which is not among the container\'s declared TCP ports ({{declared}}), so it may be probing the wrong port.',
    },
    peers: ['kube-linter liveness-port', 'kube-linter readiness-port', 'kube-linter startup-port'],
  },
  check(ctx) {
    for (const { pod, containers } of workloadContainers(ctx.objects)) {
      for (const container of containers) {
        const probes = probePorts(container);
        // Ports a template prints through a helper may declare the probe's port: not judged.
        if (probes.length === 0 || !portsFullyKnown(container)) continue;
        const ports = declaredPorts(container);
        const names = new Set(ports.map((p) => p.name).filter((n): n is string => n !== undefined));
        const tcpNumbers = ports.filter((p) => p.protocol === 'TCP' && p.containerPort !== undefined).map((p) => p.containerPort!);
        for (const probePort of probes) {
          let messageId: 'unknownName' | 'undeclaredNumber';
          if (typeof probePort.value === 'string') {
            if (names.has(probePort.value)) continue;
            messageId = 'unknownName';
          } else {
            // Declaring ports is optional: with none declared the probe port cannot be judged.
            if (ports.length === 0 || tcpNumbers.includes(probePort.value)) continue;
            messageId = 'undeclaredNumber';
          }
          const range = nodeRange(ctx.lines, probePort.node);
          if (!range) continue;
          ctx.report({
            messageId,
            range,
            data: { subject: describeContainer(container), resource: describeObject(pod.object), probe: probePort.probe, port: String(probePort.value), declared: tcpNumbers.length > 0 ? tcpNumbers.join(', ') : 'none' },
            resource: resourceOf(pod.object),
            suggestions: retarget(ctx.lines, probePort, ports),
          });
        }
      }
    }
  },
});
