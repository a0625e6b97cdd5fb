import { controlPlaneContainers, describeComponent, flagList, flagOf, flagRange, setFlagEdit } from '../../server/src/engine/control-plane';
import { resourceOf } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import { asSeq, getPair, nodeRange, scalarValue } from '../../server/src/engine/yaml';
import { removeSeqItem } from '../../server/src/engine/yaml-edit';

/**
 * Weak by construction: RC4, 3DES, CBC-mode suites (Lucky13-style padding oracles) and static RSA
 * key exchange (no forward secrecy). Go's TLS 1.3 suites are not configurable and always strong.
 */
function isWeak(suite: string): boolean {
  return /RC4|3DES|_CBC_|NULL|EXPORT/.test(suite) || /^TLS_RSA_WITH_/.test(suite);
}
const STRONG_DEFAULT = 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256';

export default defineRule({
  meta: {
    id: 'K8S083',
    slug: 'control-plane-no-weak-tls-ciphers',
    kind: 'kubernetes',
    title: 'Control-plane TLS must not allow weak cipher suites',
    controls: ['CC6.7', 'CC6.6'],
    severity: 'warning',
    description:
      '`--tls-cipher-suites` (and `tlsCipherSuites` in a KubeletConfiguration) lists what the component accepts. RC4 and 3DES are broken, CBC-mode suites are exposed to padding-oracle attacks, and static RSA key exchange (`TLS_RSA_WITH_*`) has no forward secrecy, so a later key leak decrypts recorded traffic. Listing any of them lets a client or attacker downgrade the connection. SOC 2 CC6.7 expects data in transit to be protected with current cryptography.',
    remediation: 'List only ECDHE suites with AES-GCM or ChaCha20-Poly1305 (or drop the flag and rely on the Go defaults).',
    fix: 'quickfix',
    messages: {
      weak: '{{component}} allows weak TLS cipher suites ({{weak}}): connections can be downgraded.',
    },
    peers: ['CKV_K8S_105', 'CKV_K8S_151', 'KICS 510d5810', 'KCV-0092'],
  },
  check(ctx) {
    for (const cp of controlPlaneContainers(ctx.objects)) {
      const flag = flagOf(cp, 'tls-cipher-suites');
      const suites = flagList(flag);
      const weak = suites.filter(isWeak);
      const range = flag && weak.length > 0 ? flagRange(ctx.lines, flag) : undefined;
      if (!flag || !range) continue;
      const strong = suites.filter((s) => !isWeak(s));
      const value = strong.length > 0 ? strong.join(',') : STRONG_DEFAULT;
      ctx.report({ messageId: 'weak', range, data: { component: describeComponent(cp), weak: weak.join(', ') }, resource: resourceOf(cp.container.pod.object), fix: { title: strong.length > 0 ? 'Remove the weak cipher suites' : 'Use ECDHE AES-GCM/ChaCha20 cipher suites', edits: setFlagEdit(ctx.lines, flag, value) } });
    }
    for (const object of ctx.objects) {
      if (object.kind !== 'KubeletConfiguration' || !object.apiVersion.startsWith('kubelet.config.k8s.io/')) continue;
      const pair = getPair(object.map, 'tlsCipherSuites');
      const seq = asSeq(pair?.value);
      if (!pair || !seq) continue;
      const weakItems = seq.items.map((node, index) => ({ node, index, value: String(scalarValue(node) ?? '') })).filter((i) => isWeak(i.value));
      const first = weakItems[0];
      const range = first ? nodeRange(ctx.lines, first.node) : undefined;
      if (!first || !range) continue;
      // Remove the weak items when strong ones remain (block lists: one line each; flow: one at a time).
      const removable = weakItems.length < seq.items.length && (!seq.flow || weakItems.length === 1);
      const edits = removable ? weakItems.map((i) => removeSeqItem(ctx.lines, seq, i.index, pair)) : [];
      const fix = removable && edits.every((e) => e !== undefined) ? { fix: { title: 'Remove the weak cipher suites', edits: edits.filter((e) => e !== undefined) } } : {};
      ctx.report({ messageId: 'weak', range, data: { component: 'KubeletConfiguration', weak: weakItems.map((i) => i.value).join(', ') }, resource: resourceOf(object), ...fix });
    }
  },
});
