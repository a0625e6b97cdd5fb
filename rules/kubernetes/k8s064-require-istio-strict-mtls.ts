import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { getMapAt, getPair, isPair, nodeRange, pairKey, scalarValue, type YamlPair } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

const WEAK = new Set(['PERMISSIVE', 'DISABLE']);

export default defineRule({
  meta: {
    id: 'K8S064',
    slug: 'require-istio-strict-mtls',
    kind: 'kubernetes',
    title: 'Istio PeerAuthentication must require mutual TLS (STRICT)',
    controls: ['CC6.6', 'CC6.7'],
    severity: 'warning',
    description:
      'A PeerAuthentication in `PERMISSIVE` mode accepts plain-text connections next to mutual TLS, and `DISABLE` turns mTLS off: workloads then accept traffic from callers whose identity nobody verified, and that traffic crosses the network unencrypted. A mesh is usually adopted precisely for authenticated, encrypted service-to-service traffic; SOC 2 CC6.6 and CC6.7 expect that protection to be enforced, not optional. PERMISSIVE is meant for a migration window, not a steady state.',
    remediation: 'Set `spec.mtls.mode: STRICT` (and STRICT for each `portLevelMtls` entry) once every client runs a sidecar; keep any plain-text exception port-level and documented.',
    fix: 'quickfix',
    messages: {
      weakMtls: '{{resource}} sets mTLS mode {{mode}}{{where}}: plain-text, unauthenticated connections are accepted.',
    },
    peers: ['none of the peers'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'PeerAuthentication' || !object.apiVersion.startsWith('security.istio.io/')) continue;
      const modes: { pair: YamlPair; where: string }[] = [];
      const mode = getPair(getMapAt(object.map, 'spec', 'mtls'), 'mode');
      if (mode) modes.push({ pair: mode, where: '' });
      for (const item of getMapAt(object.map, 'spec', 'portLevelMtls')?.items ?? []) {
        if (!isPair(item)) continue;
        const portMode = getPair(getMapAt(getMapAt(object.map, 'spec', 'portLevelMtls'), pairKey(item) ?? ''), 'mode');
        if (portMode) modes.push({ pair: portMode, where: ` for port ${pairKey(item)}` });
      }
      for (const { pair, where } of modes) {
        const value = scalarValue(pair.value);
        if (typeof value !== 'string' || !WEAK.has(value)) continue;
        const range = nodeRange(ctx.lines, pair.value);
        if (!range) continue;
        ctx.report({ messageId: 'weakMtls', range, data: { resource: describeObject(object), mode: value, where }, resource: resourceOf(object), fix: { title: 'Set mTLS mode to STRICT', edits: [replaceNode(ctx.lines, pair.value, 'STRICT')] } });
      }
    }
  },
});
