import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { annotationsOf, EXTERNAL_TLS_ANNOTATIONS, isIngress } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, getMapAt, getNode, getPair, getString, keyRange, type YAMLMap } from '../../server/src/engine/yaml';
import { insertIntoMap } from '../../server/src/engine/yaml-edit';

function hostsOf(spec: YAMLMap): string[] {
  const hosts = new Set<string>();
  for (const item of asSeq(getNode(spec, 'rules'))?.items ?? []) {
    const host = getString(asMap(item), 'host');
    if (host) hosts.add(host);
  }
  return [...hosts];
}

export default defineRule({
  meta: {
    id: 'K8S062',
    slug: 'require-ingress-tls',
    kind: 'kubernetes',
    title: 'Ingresses must terminate TLS',
    controls: ['CC6.6', 'CC6.7'],
    severity: 'warning',
    description:
      'An Ingress without a `tls:` section serves its hosts over plain HTTP: credentials, session cookies and data cross the network readable and modifiable by anyone on the path. SOC 2 CC6.6 and CC6.7 expect data in transit over external connections to be protected. Ingresses whose TLS is terminated by the cloud load balancer (an ALB certificate ARN, a GKE managed or pre-shared certificate, an Application Gateway certificate annotation) are not reported.',
    remediation: 'Add `spec.tls` with the Ingress hosts and a Secret holding the certificate (cert-manager can issue and renew it from an annotation), and redirect HTTP to HTTPS.',
    fix: 'suggestion',
    messages: {
      noTls: '{{resource}} has no TLS section: its hosts are served over plain HTTP.',
    },
    peers: ['Polaris tlsSettingsMissing', 'KICS 69bbc5e3'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (!isIngress(object)) continue;
      const specPair = getPair(object.map, 'spec');
      const spec = getMapAt(object.map, 'spec');
      if (!specPair || !spec) continue;
      if ((asSeq(getNode(spec, 'tls'))?.items.length ?? 0) > 0) continue;
      const annotations = annotationsOf(object);
      if (EXTERNAL_TLS_ANNOTATIONS.some((a) => annotations[a])) continue;
      const range = keyRange(ctx.lines, getPair(spec, 'tls') ?? specPair);
      if (!range) continue;
      const hosts = hostsOf(spec);
      const suggestions: Fix[] = [];
      // Only when `tls` is absent: an existing `tls: []` would need a replacement, not an insertion.
      if (!getPair(spec, 'tls') && !spec.flow) {
        const secret = `${object.name || 'ingress'}-tls`;
        suggestions.push({
          title: `Add a tls section (certificate Secret "${secret}")`,
          edits: [insertIntoMap(ctx.lines, spec, { tls: `[{hosts: [${hosts.map((h) => JSON.stringify(h)).join(', ')}], secretName: ${secret}}]` })],
        });
      }
      ctx.report({ messageId: 'noTls', range, data: { resource: describeObject(object) }, resource: resourceOf(object), suggestions });
    }
  },
});
