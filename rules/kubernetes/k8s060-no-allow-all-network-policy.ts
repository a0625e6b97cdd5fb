import { describeObject, resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asMap, asSeq, getMapAt, getNode, getPair, getString, isPair, keyRange, nodeRange, scalarValue, type YamlPair, type YAMLMap } from '../../server/src/engine/yaml';

/** An empty selector `{}` matches everything (a null selector is unset, which is not the same). */
function isEmptySelector(node: unknown): boolean {
  const map = asMap(node);
  return map !== undefined && map.items.filter(isPair).length === 0;
}

/** Why a `from` peer admits everyone, and the key to report; undefined when it is narrower. */
function openPeer(peer: YAMLMap): { who: string; at: YamlPair } | undefined {
  const ns = getPair(peer, 'namespaceSelector');
  const pod = getPair(peer, 'podSelector');
  if (ns && isEmptySelector(ns.value) && (!pod || isEmptySelector(pod.value))) return { who: 'every pod in every namespace', at: ns };
  const ipBlockPair = getPair(peer, 'ipBlock');
  const ipBlock = asMap(ipBlockPair?.value);
  const cidr = getString(ipBlock, 'cidr');
  const except = asSeq(getNode(ipBlock, 'except'))?.items.length ?? 0;
  if (ipBlockPair && (cidr === '0.0.0.0/0' || cidr === '::/0') && except === 0) return { who: 'every address, inside the cluster and out', at: ipBlockPair };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'K8S060',
    slug: 'no-allow-all-network-policy',
    kind: 'kubernetes',
    title: 'NetworkPolicies must not allow all ingress',
    controls: ['CC6.6'],
    severity: 'warning',
    description:
      'An ingress rule without `from` and `ports` (`- {}`), a `from` peer with an empty `namespaceSelector`, or an `ipBlock` of `0.0.0.0/0` without exceptions admits every source. The policy then looks like isolation in review while it isolates nothing, so the pods it selects are as open as if no policy existed. SOC 2 CC6.6 expects network access to be limited to the sources that need it.',
    remediation: 'Name the sources the pods need: a `podSelector` for clients in the namespace, a `namespaceSelector` with labels for other namespaces, an `ipBlock` with the real ranges, and the `ports` they use.',
    fix: 'none',
    messages: {
      allowAll: '{{resource}} ingress rule {{rule}} allows {{who}}: the policy does not restrict who can connect.',
    },
    peers: ['none of the peers'],
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.kind !== 'NetworkPolicy') continue;
      const spec = getMapAt(object.map, 'spec');
      const policyTypes = (asSeq(getNode(spec, 'policyTypes'))?.items ?? []).map((i) => String(scalarValue(i)));
      if (policyTypes.length > 0 && !policyTypes.includes('Ingress')) continue;
      asSeq(getNode(spec, 'ingress'))?.items.forEach((item, index) => {
        const rule = asMap(item);
        if (!rule) return;
        const from = asSeq(getNode(rule, 'from'));
        const hasPorts = (asSeq(getNode(rule, 'ports'))?.items.length ?? 0) > 0;
        let who: string | undefined;
        let range = nodeRange(ctx.lines, item);
        if (!from || from.items.length === 0) {
          // No `from`: every source; only ports can narrow it, which is still open to all clients.
          who = hasPorts ? undefined : 'every source on every port';
        } else {
          for (const peer of from.items) {
            const open = asMap(peer) && openPeer(asMap(peer)!);
            if (open) {
              who = open.who;
              range = keyRange(ctx.lines, open.at);
              break;
            }
          }
        }
        if (!who || !range) return;
        ctx.report({ messageId: 'allowAll', range, data: { resource: describeObject(object), rule: index + 1, who }, resource: resourceOf(object) });
      });
    }
  },
});
