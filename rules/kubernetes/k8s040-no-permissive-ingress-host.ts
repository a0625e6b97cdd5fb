import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { isIngress } from '../../server/src/engine/network';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asMap, asSeq, deref, getMapAt, getNode, getPair, keyRange, nodeRange, scalarValue, type YAMLMap } from '../../server/src/engine/yaml';
import { insertIntoMap, isEmptyValue, replaceNode } from '../../server/src/engine/yaml-edit';

/** `*`, `*.*`, `*.`: a host pattern that matches every name. `*.example.com` is a deliberate subdomain wildcard. */
function isWildcardOnly(host: string): boolean {
  return /^\*(?:\.\*)*\.?$/.test(host.trim());
}

/** The single concrete host the Ingress's `tls` section names, if exactly one: the likely intended rule host. */
function soleTlsHost(spec: YAMLMap): string | undefined {
  const hosts = new Set<string>();
  for (const entry of asSeq(getNode(spec, 'tls'))?.items ?? []) {
    for (const host of asSeq(getNode(asMap(entry), 'hosts'))?.items ?? []) {
      const v = scalarValue(host);
      if (typeof v === 'string' && v.trim() !== '' && !isWildcardOnly(v)) hosts.add(v.trim());
    }
  }
  return hosts.size === 1 ? [...hosts][0] : undefined;
}

/** A host as YAML source: plain when safe, quoted otherwise (`*.example.com` must be quoted). */
function hostText(host: string): string {
  return /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/i.test(host) ? host : JSON.stringify(host);
}

export default defineRule({
  meta: {
    id: 'K8S040',
    slug: 'no-permissive-ingress-host',
    kind: 'kubernetes',
    title: 'Ingress rules should name the host they serve',
    controls: ['CC6.6'],
    severity: 'info',
    description:
      'An Ingress rule without a `host` (or with `host: "*"`) matches every request that reaches the ingress controller, whatever name it was sent to: the bare load balancer IP, a forgotten DNS record, a typo domain. The backend is then exposed more widely than intended, can be found by address scanning, and requests with arbitrary Host headers reach the application. Limiting an external entry point to the names it is meant for is part of the boundary protection of SOC 2 CC6.6. A subdomain wildcard such as `*.example.com` is a deliberate choice and is not reported; neither is `defaultBackend`.',
    remediation: 'Set `host` on every rule to the DNS name(s) the service is published under, and list the same names under `tls.hosts`. The suggestion fills in the host when the Ingress\'s TLS section names exactly one.',
    fix: 'suggestion',
    messages: {
      noHost: 'A rule of {{resource}} has no host, so it serves requests sent to any name or to the bare IP of the ingress controller.',
      wildcardHost: 'A rule of {{resource}} has host "{{host}}", which matches every name, so it serves requests sent to any name or to the bare IP of the ingress controller.',
    },
    peers: ['Datree INGRESS_INCORRECT_HOST_VALUE_PERMISSIVE'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (!isIngress(object)) continue;
      const spec = getMapAt(object.map, 'spec');
      if (!spec) continue;
      const intended = soleTlsHost(spec);
      for (const item of asSeq(getNode(spec, 'rules'))?.items ?? []) {
        const rule = asMap(deref(object.doc, item));
        const first = rule?.items[0];
        if (!rule || !first) continue;
        const hostPair = getPair(rule, 'host');
        const host = scalarValue(hostPair?.value);
        const data = { resource: describeObject(object) };
        if (hostPair && typeof host === 'string' && host.trim() !== '') {
          if (!isWildcardOnly(host)) continue;
          const range = nodeRange(ctx.lines, hostPair.value);
          if (!range) continue;
          const suggestions: Fix[] = intended ? [{ title: `Serve only ${intended}`, edits: [replaceNode(ctx.lines, hostPair.value, hostText(intended))] }] : [];
          ctx.report({ messageId: 'wildcardHost', range, data: { ...data, host }, resource: resourceOf(object), suggestions });
          continue;
        }
        if (hostPair && !isEmptyValue(hostPair.value) && typeof host !== 'string') continue;
        // A missing or empty host: report the rule's first key (an empty `host:` key itself when present).
        const range = keyRange(ctx.lines, hostPair ?? first);
        if (!range) continue;
        const suggestions: Fix[] = intended && !hostPair ? [{ title: `Serve only ${intended}`, edits: [insertIntoMap(ctx.lines, rule, { host: hostText(intended) }, 'start')] }] : [];
        ctx.report({ messageId: 'noHost', range, data, resource: resourceOf(object), suggestions });
      }
    }
  },
});
