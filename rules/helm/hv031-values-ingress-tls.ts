import { k8sBoolean } from '../../server/src/engine/kubernetes';
import { defineRule } from '../../server/src/engine/rule';
import type { Fix } from '../../server/src/engine/types';
import { asSeq, getPair, keyRange, nodeRange, walkMaps } from '../../server/src/engine/yaml';
import { replaceNode } from '../../server/src/engine/yaml-edit';

export default defineRule({
  meta: {
    id: 'HV031',
    slug: 'values-ingress-tls',
    kind: 'helm-values',
    title: 'Enabled chart ingresses must configure TLS',
    controls: ['CC6.6', 'CC6.7'],
    severity: 'warning',
    description:
      'With `ingress.enabled: true` the chart renders an Ingress. The `helm create` scaffold takes its TLS section from `ingress.tls` (a list, `[]` by default), Bitnami charts from `ingress.tls: true` or `ingress.extraTls`. With neither, the hosts are served over plain HTTP, which SOC 2 CC6.6 and CC6.7 expect external connections to avoid.',
    remediation: 'Fill `ingress.tls` with the hosts and certificate Secret (helm create), or set `ingress.tls: true` (Bitnami; with `ingress.certManager`, `selfSigned` or an existing Secret), or add `ingress.extraTls`.',
    fix: 'suggestion',
    messages: {
      noTls: '{{path}} is enabled without TLS: its hosts are served over plain HTTP.',
    },
    peers: ['Polaris tlsSettingsMissing'],
  },
  check(ctx) {
    for (const doc of ctx.yaml?.docs ?? []) {
      walkMaps(doc.contents, (map, path, holder) => {
        if (path[path.length - 1] !== 'ingress' || !holder) return;
        const enabled = getPair(map, 'enabled');
        if (!enabled || k8sBoolean(enabled.value) !== true) return;
        const tls = getPair(map, 'tls');
        const extra = asSeq(getPair(map, 'extraTls')?.value)?.items.length ?? 0;
        const tlsList = asSeq(tls?.value);
        const tlsOn = tls ? k8sBoolean(tls.value) === true || (tlsList?.items.length ?? 0) > 0 : false;
        if (tlsOn || extra > 0) return;
        const range = tls ? nodeRange(ctx.lines, tls.value) ?? keyRange(ctx.lines, tls) : keyRange(ctx.lines, holder);
        if (!range) return;
        const suggestions: Fix[] = tls && k8sBoolean(tls.value) === false ? [{ title: 'Set tls: true (Bitnami: add certManager, selfSigned or a certificate Secret)', edits: [replaceNode(ctx.lines, tls.value, 'true')] }] : [];
        ctx.report({ messageId: 'noTls', range, data: { path: path.join('.') }, suggestions });
      });
    }
  },
});
