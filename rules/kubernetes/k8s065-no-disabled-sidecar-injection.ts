import { describeObject, podSpecOf, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getMapAt, getPair, nodeRange, scalarValue, type YAMLMap } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

const INJECT = 'sidecar.istio.io/inject';

export default defineRule({
  meta: {
    id: 'K8S065',
    slug: 'no-disabled-sidecar-injection',
    kind: 'kubernetes',
    title: 'Service-mesh sidecar injection must not be disabled',
    controls: ['CC6.6', 'CC6.7'],
    severity: 'warning',
    description:
      'Istio applies mutual TLS, peer identity and authorization policies through the sidecar proxy. A namespace labelled `istio-injection: disabled`, or a pod template with `sidecar.istio.io/inject: "false"`, runs outside the mesh: its traffic is plain text and STRICT PeerAuthentication or AuthorizationPolicy cannot protect it. SOC 2 CC6.6 and CC6.7 expect encryption and authentication of internal traffic to cover every workload, with exceptions documented.',
    remediation: 'Remove the opt-out (or set `istio-injection: enabled` / `sidecar.istio.io/inject: "true"`). Jobs that must finish can keep the sidecar with `holdApplicationUntilProxyStarts` and a native sidecar (Kubernetes 1.28+). Document any remaining exception with a suppression comment.',
    fix: 'suggestion',
    messages: {
      namespace: '{{resource}} disables sidecar injection (istio-injection: disabled): its pods run outside the mesh, without mTLS.',
      workload: '{{resource}} disables sidecar injection ({{where}} {{key}}: "false"): its pods run outside the mesh, without mTLS.',
    },
    peers: ['none of the peers'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind === 'Namespace') {
        const pair = getPair(getMapAt(object.map, 'metadata', 'labels'), 'istio-injection');
        const range = pair && scalarValue(pair.value) === 'disabled' ? nodeRange(ctx.lines, pair.value) : undefined;
        if (pair && range) ctx.report({ messageId: 'namespace', range, data: { resource: describeObject(object) }, resource: resourceOf(object), suggestions: [{ title: 'Enable sidecar injection (istio-injection: enabled)', edits: [replaceNode(ctx.lines, pair.value, 'enabled')] }] });
        continue;
      }
      const pod = podSpecOf(object);
      if (!pod) continue;
      // Istio reads the label (preferred since 1.10) and the older annotation on the pod template.
      for (const where of ['labels', 'annotations'] as const) {
        const map: YAMLMap | undefined = getMapAt(pod.podMetadata, where);
        const pair = getPair(map, INJECT);
        const value = pair ? scalarValue(pair.value) : undefined;
        if (!pair || (value !== 'false' && value !== false)) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        ctx.report({ messageId: 'workload', range, data: { resource: describeObject(object), where: where === 'labels' ? 'label' : 'annotation', key: INJECT }, resource: resourceOf(object), suggestions: [{ title: `Enable sidecar injection (${INJECT}: "true")`, edits: [replaceNode(ctx.lines, pair.value, '"true"')] }] });
      }
    }
  },
});
